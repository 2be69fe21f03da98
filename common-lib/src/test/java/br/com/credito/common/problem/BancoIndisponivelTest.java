package br.com.credito.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

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

    @Test
    void erroDeSqlComumNaoEhIndisponibilidade() {
        assertThat(BaseExceptionHandler.bancoIndisponivel(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(BaseExceptionHandler.bancoIndisponivel(new IllegalStateException("bug")))
                .isFalse();
    }
}
