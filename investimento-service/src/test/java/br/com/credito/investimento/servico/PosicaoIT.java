package br.com.credito.investimento.servico;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.testsupport.TokensDeTeste;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /v1/investimentos/posicao}: the totals per type concessao decides with, summed by PostgreSQL. */
@TesteDeServico
class PosicaoIT {

    private static final String POSICAO = "/v1/investimentos/posicao?idCliente=";

    @LocalServerPort
    private int porta;

    private ApiDeTeste api() {
        return new ApiDeTeste(porta);
    }

    private long registrar(String idCliente, String tipo, String valor) {
        HttpResponse<String> resposta = api().registrar(ApiDeTeste.corpo(idCliente, tipo, valor), null);
        assertThat(resposta.statusCode()).isEqualTo(201);
        return ApiDeTeste.idInvestimento(resposta);
    }

    @Test
    void umTotalPorTipoComAsSomasExatasEmOrdemDeTipo() {
        registrar("posicao-1", "LCA", "1000.00");
        registrar("posicao-1", "CDB", "100.10");
        registrar("posicao-1", "CDB", "100.10");
        registrar("posicao-1", "LCA", "0.01");
        long ultimo = registrar("posicao-1", "CDB", "100.10");
        registrar("posicao-outro", "CDB", "999.99");

        HttpResponse<String> resposta = api().consultar(POSICAO + "posicao-1");

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.body())
                .isEqualTo("[{\"tipoInvestimento\":\"CDB\",\"valor\":300.30},"
                        + "{\"tipoInvestimento\":\"LCA\",\"valor\":1000.01}]");
        // The literal /posicao did not take over the item path.
        HttpResponse<String> item = api().consultar("/v1/investimentos/" + ultimo);
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(item.body()).contains("\"idInvestimento\":" + ultimo, "\"valor\":100.10");
    }

    @Test
    void clienteSemInvestimentosTemPosicaoVazia() {
        HttpResponse<String> resposta = api().consultar(POSICAO + "posicao-sem-nada");

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.body()).isEqualTo("[]");
    }

    @Test
    void idClienteInvalidoResponde400() {
        HttpResponse<String> resposta = api().consultar(POSICAO + "x".repeat(37));

        assertProblema(resposta, 400, "DADOS_INVALIDOS");
        assertThat(resposta.body()).contains("\"campo\":\"idCliente\"");
    }

    @Test
    void semTokenResponde401() {
        assertProblema(api().consultar(POSICAO + "posicao-1", null), 401, "NAO_AUTENTICADO");
    }

    @Test
    void tokenSemOEscopoDeLeituraResponde403() {
        HttpResponse<String> resposta =
                api().consultar(POSICAO + "posicao-1", TokensDeTeste.valido("investimento:escrever"));

        assertProblema(resposta, 403, "ACESSO_NEGADO");
    }

    private static void assertProblema(HttpResponse<String> resposta, int status, String codigo) {
        assertThat(resposta.statusCode()).isEqualTo(status);
        assertThat(resposta.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(resposta.body()).contains("\"codigo\":\"" + codigo + "\"");
    }
}
