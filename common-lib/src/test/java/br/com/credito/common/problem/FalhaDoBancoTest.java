package br.com.credito.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class FalhaDoBancoTest {

    @Test
    void conexaoPerdidaEmQualquerPontoDaCadeiaEhIndisponibilidade() {
        var perdida = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(FalhaDoBanco.indisponivel(new IllegalStateException("tx", perdida)))
                .isTrue();
        assertThat(FalhaDoBanco.indisponivel(
                        new RuntimeException(new SQLTransientConnectionException("pool esgotado"))))
                .isTrue();
    }

    /** Under overload the pool gives no connection in time and the transaction never begins: nothing was written. */
    @Test
    void transacaoQueNaoComecouEhIndisponibilidade() {
        assertThat(FalhaDoBanco.indisponivel(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction", new IllegalStateException())))
                .isTrue();
        assertThat(FalhaDoBanco.indisponivel(new QueryTimeoutException("statement timeout")))
                .isTrue();
    }

    /**
     * PostgreSQL restarted mid-transaction: the shapes Spring gives a failed rollback with the JDBC and the JPA
     * (Hibernate) transaction manager, the interceptor having attached the exception that triggered it.
     */
    @Test
    void rollbackQueFalhouPorConexaoFechadaEhIndisponibilidade() {
        var fechada = new SQLException("Connection is closed");
        assertThat(FalhaDoBanco.indisponivel(
                        rollbackFalhou(new TransactionSystemException("JDBC rollback failed", fechada))))
                .isTrue();
        assertThat(FalhaDoBanco.indisponivel(rollbackFalhou(new TransactionSystemException(
                        "Could not roll back JPA transaction",
                        new RuntimeException("Unable to rollback against JDBC Connection", fechada)))))
                .isTrue();
    }

    /** Classified by type, not by text: no message says "rollback" here, and the commit below mentions one. */
    @Test
    void rollbackEhReconhecidoPeloTipoENaoPelaMensagem() {
        var semTexto = new TransactionSystemException("falha", new SQLException("conexao encerrada"));
        assertThat(FalhaDoBanco.indisponivel(rollbackFalhou(semTexto))).isTrue();
        assertThat(FalhaDoBanco.indisponivel(new TransactionSystemException(
                        "Commit failed; rollback attempted", new SQLException("Connection is closed"))))
                .isFalse();
    }

    /** A checked exception commits under the default rules: a failure then was a commit, which may have happened. */
    @Test
    void falhaDepoisDeExcecaoVerificadaNaoEhIndisponibilidade() {
        var falha = new TransactionSystemException("falha", new SQLException("Connection is closed"));
        falha.initApplicationException(new Exception("verificada"));
        assertThat(FalhaDoBanco.indisponivel(falha)).isFalse();
    }

    /** A rollback that failed for a reason other than JDBC (no SQLException below it) is not the database's outage. */
    @Test
    void rollbackQueFalhouSemErroJdbcNaoEhIndisponibilidade() {
        assertThat(FalhaDoBanco.indisponivel(
                        rollbackFalhou(new TransactionSystemException("falha", new IllegalStateException("bug")))))
                .isFalse();
    }

    private static TransactionSystemException rollbackFalhou(TransactionSystemException falha) {
        falha.initApplicationException(new IllegalStateException("erro da aplicacao que pediu o rollback"));
        return falha;
    }

    /** A commit that failed may have committed before the connection was lost: not a safe retry. */
    @Test
    void commitQueFalhouNaoEhIndisponibilidade() {
        assertThat(FalhaDoBanco.indisponivel(new TransactionSystemException(
                        "Could not commit JDBC transaction", new SQLException("Connection is closed"))))
                .isFalse();
    }

    @Test
    void erroDeSqlComumNaoEhIndisponibilidade() {
        assertThat(FalhaDoBanco.indisponivel(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(FalhaDoBanco.indisponivel(new IllegalStateException("bug"))).isFalse();
        assertThat(FalhaDoBanco.indisponivel(new DuplicateKeyException("chave repetida")))
                .isFalse();
    }
}
