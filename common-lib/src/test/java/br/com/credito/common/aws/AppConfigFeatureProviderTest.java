package br.com.credito.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AppConfigFeatureProviderTest {

    private static final String FLAGS = """
            {"risco-indefinido-em-analise": {"enabled": true, "limite": 5000, "faixa": "conservadora"},
             "recalculo-por-investimento": {"enabled": false}}""";
    private static final ImmutableContext CONTEXTO = new ImmutableContext();

    private final AgenteAppConfigFalso agente = criarAgente();
    private final RelogioAjustavel relogio = new RelogioAjustavel();
    private final AppConfigFeatureProvider provedor = provedor(agente.url());

    @AfterEach
    void parar() {
        agente.close();
    }

    @Test
    void deveLerFlagsEAtributosDoAgente() {
        agente.responder(200, FLAGS);

        assertThat(provedor.getBooleanEvaluation("risco-indefinido-em-analise", false, CONTEXTO)
                        .getValue())
                .isTrue();
        assertThat(provedor.getBooleanEvaluation("recalculo-por-investimento", true, CONTEXTO)
                        .getValue())
                .isFalse();
        assertThat(provedor.getIntegerEvaluation("risco-indefinido-em-analise.limite", 0, CONTEXTO)
                        .getValue())
                .isEqualTo(5000);
        var faixa = provedor.getStringEvaluation("risco-indefinido-em-analise.faixa", "padrao", CONTEXTO);
        assertThat(faixa.getValue()).isEqualTo("conservadora");
        assertThat(faixa.getReason()).isEqualTo(Reason.STATIC.name());
    }

    @Test
    void deveLerFlagDeTextoPeloAtributoValorEOPadraoQuandoDesligada() {
        agente.responder(200, """
                {"score-fallback": {"enabled": true, "valor": "SCORE_CONSERVADOR"},
                 "modo-desligado": {"enabled": false}}""");

        var ligada = provedor.getStringEvaluation("score-fallback", "EM_ANALISE", CONTEXTO);
        assertThat(ligada.getValue()).isEqualTo("SCORE_CONSERVADOR");
        assertThat(ligada.getReason()).isEqualTo(Reason.STATIC.name());
        var desligada = provedor.getStringEvaluation("modo-desligado", "EM_ANALISE", CONTEXTO);
        assertThat(desligada.getValue()).isEqualTo("EM_ANALISE");
        assertThat(desligada.getReason()).isEqualTo(Reason.DISABLED.name());
        assertThat(desligada.getErrorCode()).isNull();
    }

    @Test
    void deveDevolverOPadraoParaFlagDesconhecidaOuTipoErrado() {
        agente.responder(200, FLAGS);

        var desconhecida = provedor.getBooleanEvaluation("nao-existe", true, CONTEXTO);
        assertThat(desconhecida.getValue()).isTrue();
        assertThat(desconhecida.getErrorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
        var tipoErrado = provedor.getIntegerEvaluation("risco-indefinido-em-analise.faixa", 7, CONTEXTO);
        assertThat(tipoErrado.getValue()).isEqualTo(7);
        assertThat(tipoErrado.getErrorCode()).isEqualTo(ErrorCode.TYPE_MISMATCH);
    }

    @Test
    void deveDevolverOPadraoComErroQuandoOAgenteNuncaRespondeu() {
        agente.responder(503, "indisponivel");

        var avaliacao = provedor.getBooleanEvaluation("risco-indefinido-em-analise", false, CONTEXTO);

        assertThat(avaliacao.getValue()).isFalse();
        assertThat(avaliacao.getReason()).isEqualTo(Reason.ERROR.name());
        assertThat(avaliacao.getErrorCode()).isEqualTo(ErrorCode.GENERAL);
    }

    @Test
    void deveManterAUltimaLeituraQuandoOAgenteFalha() {
        agente.responder(200, FLAGS);
        assertThat(provedor.getBooleanEvaluation("risco-indefinido-em-analise", false, CONTEXTO)
                        .getValue())
                .isTrue();

        agente.responder(500, "erro");
        relogio.avancar(Duration.ofMinutes(1));

        var avaliacao = provedor.getBooleanEvaluation("risco-indefinido-em-analise", false, CONTEXTO);
        assertThat(avaliacao.getValue()).isTrue();
        assertThat(avaliacao.getErrorCode()).isNull();
        assertThat(agente.pedidos()).isEqualTo(2);
    }

    @Test
    void deveReusarALeituraDentroDoPeriodoDeCache() {
        agente.responder(200, FLAGS);

        provedor.getBooleanEvaluation("risco-indefinido-em-analise", false, CONTEXTO);
        provedor.getBooleanEvaluation("recalculo-por-investimento", false, CONTEXTO);
        assertThat(agente.pedidos()).isEqualTo(1);

        relogio.avancar(Duration.ofSeconds(16));
        provedor.getBooleanEvaluation("recalculo-por-investimento", false, CONTEXTO);
        assertThat(agente.pedidos()).isEqualTo(2);
    }

    private AppConfigFeatureProvider provedor(URI url) {
        var propriedades = new FlagsProperties(url, Duration.ofSeconds(15), Duration.ofSeconds(2));
        return new AppConfigFeatureProvider(
                new FlagsAppConfig(propriedades, HttpClient.newHttpClient(), new JsonMapper(), relogio));
    }

    private static AgenteAppConfigFalso criarAgente() {
        try {
            return new AgenteAppConfigFalso();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class RelogioAjustavel extends Clock {
        private Instant agora = Instant.parse("2026-11-29T10:00:00Z");

        void avancar(Duration duracao) {
            agora = agora.plus(duracao);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zona) {
            return this;
        }

        @Override
        public Instant instant() {
            return agora;
        }
    }
}
