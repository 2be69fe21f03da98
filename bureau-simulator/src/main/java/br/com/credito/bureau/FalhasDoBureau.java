package br.com.credito.bureau;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;

/**
 * The faults of the README's admin-API recipes, as Java calls for in-process tests. Fault stubs have priority 1, so
 * they win over the fixtures (5), the generated clients (7) and the catch-all 404 (10); {@link #restaurar} removes
 * them.
 */
public final class FalhasDoBureau {

    static final int PRIORIDADE_FALHA = 1;
    private static final String CENARIO = "falhas-transitorias";

    private FalhasDoBureau() {}

    /** Back to the fixtures: fault stubs, scenarios, global delay and the request journal all cleared. */
    public static void restaurar(WireMockServer bureau) {
        bureau.resetToDefaultMappings();
        bureau.resetScenarios();
        bureau.resetRequests();
        bureau.updateGlobalSettings(GlobalSettings.defaults());
    }

    /** Every answer of every API takes this long (a slow bureau, or a hang past the client timeout). */
    public static void atrasar(WireMockServer bureau, Duration atraso) {
        bureau.updateGlobalSettings(
                GlobalSettings.builder().fixedDelay((int) atraso.toMillis()).build());
    }

    public static void responderComStatus(WireMockServer bureau, ApiBureau api, int status) {
        falhar(bureau, api, erro(status));
    }

    public static void resetarConexao(WireMockServer bureau, ApiBureau api) {
        falhar(bureau, api, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    /** The bureau is out: connections to both APIs are accepted and dropped without an answer. */
    public static void foraDoAr(WireMockServer bureau) {
        falhar(bureau, ApiBureau.TODAS, aResponse().withFault(Fault.EMPTY_RESPONSE));
    }

    /** The first {@code vezes} calls to the API get {@code resposta}; later ones reach the fixtures again. */
    public static void falharAsPrimeiras(
            WireMockServer bureau, ApiBureau api, int vezes, ResponseDefinitionBuilder resposta) {
        for (int i = 0; i < vezes; i++) {
            bureau.stubFor(any(urlPathMatching(api.padraoDeCaminho()))
                    .atPriority(PRIORIDADE_FALHA)
                    .inScenario(CENARIO)
                    .whenScenarioStateIs(i == 0 ? STARTED : "falha-" + i)
                    .willSetStateTo("falha-" + (i + 1))
                    .willReturn(resposta));
        }
    }

    /** A 5xx (or any status) with a small JSON body, as a real bureau's gateway would send. */
    public static ResponseDefinitionBuilder erro(int status) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"erro\":\"FALHA_SIMULADA\",\"mensagem\":\"Falha simulada pelo simulador\"}");
    }

    private static void falhar(WireMockServer bureau, ApiBureau api, ResponseDefinitionBuilder resposta) {
        bureau.stubFor(any(urlPathMatching(api.padraoDeCaminho()))
                .atPriority(PRIORIDADE_FALHA)
                .willReturn(resposta));
    }
}
