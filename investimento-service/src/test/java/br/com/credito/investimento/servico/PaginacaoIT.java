package br.com.credito.investimento.servico;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 16, item 4: the client's list is paged, 20 by default and at most 100, the array shape kept. */
@TesteDeServico
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginacaoIT {

    private static final String CLIENTE = "paginado-1";
    private static final String LISTA = "/v1/investimentos?idCliente=" + CLIENTE;
    private static final Pattern ITEM = Pattern.compile("\"idInvestimento\":");

    @LocalServerPort
    private int porta;

    @BeforeAll
    void registrar25() {
        ApiDeTeste api = new ApiDeTeste(porta);
        for (int i = 1; i <= 25; i++) {
            assertThat(api.registrar(ApiDeTeste.corpo(CLIENTE, "CDB", i + ".00"), null)
                            .statusCode())
                    .isEqualTo(201);
        }
    }

    @Test
    void semParametrosDevolveAPrimeiraPaginaDe20ComTotalELinkParaAProxima() {
        HttpResponse<String> resposta = new ApiDeTeste(porta).consultar(LISTA);

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.body()).startsWith("[").endsWith("]");
        assertThat(itens(resposta)).isEqualTo(20);
        assertThat(resposta.headers().firstValue("X-Total-Count")).hasValue("25");
        assertThat(resposta.headers().firstValue("Link"))
                .hasValueSatisfying(link -> assertThat(link)
                        .contains("pagina=1", "tamanho=20", "rel=\"next\"")
                        .doesNotContain("127.0.0.1"));
        // Newest first: the last one registered (25.00) leads.
        assertThat(resposta.body()).startsWith("[{").contains("\"valor\":25.00");
    }

    @Test
    void ultimaPaginaTemORestoESoLinkParaAAnterior() {
        HttpResponse<String> resposta = new ApiDeTeste(porta).consultar(LISTA + "&pagina=1");

        assertThat(itens(resposta)).isEqualTo(5);
        assertThat(resposta.headers().firstValue("Link"))
                .hasValueSatisfying(
                        link -> assertThat(link).contains("rel=\"prev\"").doesNotContain("next"));
    }

    @Test
    void tamanhoAcimaDoMaximoOuInvalidoResponde400() {
        ApiDeTeste api = new ApiDeTeste(porta);
        assertThat(api.consultar(LISTA + "&tamanho=101").statusCode()).isEqualTo(400);
        assertThat(api.consultar(LISTA + "&tamanho=0").statusCode()).isEqualTo(400);
        assertThat(api.consultar(LISTA + "&pagina=-1").statusCode()).isEqualTo(400);
        assertThat(itens(api.consultar(LISTA + "&tamanho=100"))).isEqualTo(25);
    }

    private static long itens(HttpResponse<String> resposta) {
        return ITEM.matcher(resposta.body()).results().count();
    }
}
