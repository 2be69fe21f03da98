package br.com.credito.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

class RespostasDeErroTest {

    private final RespostasDeErro respostas = new RespostasDeErro();

    @Test
    void erroDeUmaAnotacaoComposta_eDocumentadoComoProblemJson() throws NoSuchMethodException {
        ApiResponse indisponivel =
                documentar("comBancoIndisponivel").getResponses().get("503");

        assertThat(indisponivel.getDescription())
                .isEqualTo("Armazenamento indisponível; nada foi gravado. Tente de novo (Retry-After)."
                        + " Códigos: BANCO_INDISPONIVEL.");
        assertThat(indisponivel.getContent()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void anotacaoCompostaSomaSeAosErrosDiretosDoMetodo() throws NoSuchMethodException {
        Operation operacao = documentar("comNaoEncontradoEBancoIndisponivel");

        assertThat(operacao.getResponses()).containsOnlyKeys("400", "401", "403", "404", "500", "503");
        ApiResponse naoEncontrado = operacao.getResponses().get("404");
        assertThat(naoEncontrado.getDescription()).isEqualTo("Nada aqui. Códigos: ALGO_NAO_ENCONTRADO.");
    }

    @Test
    void semErroProprio_soOsDaPlataforma() throws NoSuchMethodException {
        assertThat(documentar("semErroProprio").getResponses()).containsOnlyKeys("400", "401", "403", "500");
    }

    private Operation documentar(String metodo) throws NoSuchMethodException {
        return respostas.customize(
                new Operation(), new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(metodo)));
    }

    static class Endpoints {

        @BancoIndisponivel
        void comBancoIndisponivel() {}

        @ErroDocumentado(status = 404, codigos = "ALGO_NAO_ENCONTRADO", descricao = "Nada aqui.")
        @BancoIndisponivel
        void comNaoEncontradoEBancoIndisponivel() {}

        void semErroProprio() {}
    }
}
