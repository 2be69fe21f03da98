package br.com.credito.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class BancoIndisponivelTest {

    @Test
    void conexaoPerdidaEmQualquerPontoDaCadeiaEhIndisponibilidade() {
        var perdida = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(BaseExceptionHandler.bancoIndisponivel(new IllegalStateException("tx", perdida)))
                .isTrue();
        assertThat(BaseExceptionHandler.bancoIndisponivel(
                        new RuntimeException(new SQLTransientConnectionException("pool esgotado"))))
                .isTrue();
    }

    /** Under overload the pool gives no connection in time and the transaction never begins: nothing was written. */
    @Test
    void transacaoQueNaoComecouEhIndisponibilidade() {
        assertThat(BaseExceptionHandler.bancoIndisponivel(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction", new IllegalStateException())))
                .isTrue();
        assertThat(BaseExceptionHandler.bancoIndisponivel(new QueryTimeoutException("statement timeout")))
                .isTrue();
    }

    /** PostgreSQL restarted mid-transaction: Spring (JDBC) and Hibernate (JPA) shapes of the failed rollback. */
    @Test
    void rollbackQueFalhouPorConexaoFechadaEhIndisponibilidade() {
        var fechada = new SQLException("Connection is closed");
        assertThat(BaseExceptionHandler.bancoIndisponivel(
                        new TransactionSystemException("JDBC rollback failed", fechada)))
                .isTrue();
        assertThat(BaseExceptionHandler.bancoIndisponivel(new IllegalStateException(
                        "Unable to rollback against JDBC Connection",
                        new RuntimeException("Unable to rollback against JDBC Connection", fechada))))
                .isTrue();
    }

    /** A commit that failed may have committed before the connection was lost: not a safe retry. */
    @Test
    void commitQueFalhouNaoEhIndisponibilidade() {
        assertThat(BaseExceptionHandler.bancoIndisponivel(new TransactionSystemException(
                        "Could not commit JDBC transaction", new SQLException("Connection is closed"))))
                .isFalse();
    }

    @Test
    void erroDeSqlComumNaoEhIndisponibilidade() {
        assertThat(BaseExceptionHandler.bancoIndisponivel(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(BaseExceptionHandler.bancoIndisponivel(new IllegalStateException("bug")))
                .isFalse();
        assertThat(BaseExceptionHandler.bancoIndisponivel(new DuplicateKeyException("chave repetida")))
                .isFalse();
    }
}
