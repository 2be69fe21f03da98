package br.com.credito.carga;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** The four kinds of request, each a one-request scenario of a virtual user that first takes its token. */
final class Cenarios {

    static final String CONCESSAO_NOVO = "concessao-novo";
    static final String CONCESSAO_RECORRENTE = "concessao-recorrente";
    static final String STATUS = "status";
    static final String INVESTIMENTO = "investimento";
    private static final List<String> TIPOS_INVESTIMENTO = List.of("CDB", "LCI", "LCA", "TESOURO_DIRETO", "FUNDO");

    private final Alvo alvo;
    private final GeradorIdCliente ids;
    private final FonteDeToken fonte;
    private final RegistroPorPedido registro;

    Cenarios(Alvo alvo, GeradorIdCliente ids, FonteDeToken fonte, RegistroPorPedido registro) {
        this.alvo = alvo;
        this.ids = ids;
        this.fonte = fonte;
        this.registro = registro;
    }

    ScenarioBuilder concessaoNovo() {
        return scenario(CONCESSAO_NOVO).feed(novos()).exec(autenticar(), conceder(CONCESSAO_NOVO));
    }

    ScenarioBuilder concessaoRecorrente() {
        return scenario(CONCESSAO_RECORRENTE).feed(recorrentes()).exec(autenticar(), conceder(CONCESSAO_RECORRENTE));
    }

    ScenarioBuilder statusCartao() {
        return scenario(STATUS)
                .feed(recorrentes())
                .exec(
                        autenticar(),
                        exec(http(STATUS)
                                .get("/v1/cartao/status/#{idCliente}")
                                .header("Authorization", "Bearer #{token}")
                                .check(
                                        status().is(200),
                                        jsonPath("$.limiteAtual").exists())));
    }

    ScenarioBuilder investimento() {
        return scenario(INVESTIMENTO)
                .feed(recorrentes())
                .exec(
                        autenticar(),
                        exec(http(INVESTIMENTO)
                                .post("/v1/investimentos")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody(session -> corpoInvestimento(session.getString("idCliente"))))
                                .asJson()
                                .check(status().is(201), header("Location").exists())));
    }

    private ChainBuilder conceder(String nome) {
        HttpRequestActionBuilder pedido = http(nome)
                .post("/v1/cartao/concessao")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("{\"idCliente\":\"#{idCliente}\",\"tipoCartao\":\"" + alvo.tipoCartao() + "\"}"))
                .asJson();
        if (registro == null) {
            return exec(
                    pedido.check(status().is(200), jsonPath("$.codigoDecisao").exists()));
        }
        // Saved before the gates, so a 503 or a body without a decision is still written down.
        return exec(
                registro.marcarInicio(),
                exec(pedido.check(
                        status().saveAs(RegistroPorPedido.STATUS),
                        responseTimeInMillis().saveAs(RegistroPorPedido.MS),
                        jsonPath("$.codigoDecisao").optional().saveAs(RegistroPorPedido.CODIGO),
                        status().is(200),
                        jsonPath("$.codigoDecisao").exists())),
                registro.anotar());
    }

    private ChainBuilder autenticar() {
        if (!alvo.tokenPorUsuario()) {
            return exec(session -> session.set("token", fonte.token()));
        }
        return exec(http("token")
                .post(alvo.tokenUrl().toString())
                .basicAuth(alvo.clientId(), alvo.clientSecret())
                .formParam("grant_type", "client_credentials")
                .formParam("scope", alvo.escopos())
                .check(status().is(200), jsonPath("$.access_token").saveAs("token")));
    }

    private Iterator<Map<String, Object>> novos() {
        return Stream.generate(() -> Map.<String, Object>of("idCliente", ids.novo()))
                .iterator();
    }

    private Iterator<Map<String, Object>> recorrentes() {
        return Stream.generate(() -> Map.<String, Object>of(
                        "idCliente", ids.recorrente(ThreadLocalRandom.current().nextInt(alvo.clientesRecorrentes()))))
                .iterator();
    }

    static String corpoInvestimento(String idCliente) {
        ThreadLocalRandom aleatorio = ThreadLocalRandom.current();
        String tipo = TIPOS_INVESTIMENTO.get(aleatorio.nextInt(TIPOS_INVESTIMENTO.size()));
        long centenas = aleatorio.nextLong(10, 500);
        return "{\"idCliente\":\"" + idCliente + "\",\"tipoInvestimento\":\"" + tipo + "\",\"valor\":" + centenas
                + "00.00}";
    }
}
