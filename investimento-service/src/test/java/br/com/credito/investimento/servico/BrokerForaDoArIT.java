package br.com.credito.investimento.servico;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.credito.investimento.servico.FilaDeTeste.Recebida;
import br.com.credito.testsupport.SqsDeTeste;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The outage case: the broker is down, investments are still accepted, and every event arrives later. */
@TesteDeServico
class BrokerForaDoArIT {

    private static final int INVESTIMENTOS = 100;

    @LocalServerPort
    private int porta;

    @Autowired
    private MeterRegistry metricas;

    @Test
    void cemInvestimentosComBrokerParadoChegamTodosUmaVezQuandoEleVolta() throws Exception {
        ApiDeTeste api = new ApiDeTeste(porta);
        Set<Long> criados = new HashSet<>();
        SqsDeTeste.parar();
        try {
            for (int i = 0; i < INVESTIMENTOS; i++) {
                // One client each: a hundred for one client in a day would be held for review (anomaly bounds).
                var resposta = api.registrar(ApiDeTeste.corpo("cliente-queda-" + i, "CDB", (i + 1) + ".50"), null);
                assertThat(resposta.statusCode()).isEqualTo(201);
                criados.add(ApiDeTeste.idInvestimento(resposta));
            }
            assertThat(criados).hasSize(INVESTIMENTOS);
            await().atMost(Duration.ofSeconds(10)).until(() -> medida("credito.outbox.pendentes") >= INVESTIMENTOS);
            await().atMost(Duration.ofSeconds(20)).until(() -> medida("credito.outbox.falhas") >= INVESTIMENTOS);
            assertThat(medida("credito.outbox.idade")).isGreaterThanOrEqualTo(0);
        } finally {
            SqsDeTeste.endpoint(); // back with its queues, empty
        }

        List<Recebida> recebidas = FilaDeTeste.receberAte(
                r -> r.stream()
                        .map(Recebida::idInvestimento)
                        .collect(Collectors.toSet())
                        .containsAll(criados),
                Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> medida("credito.outbox.pendentes") == 0);
        recebidas.addAll(FilaDeTeste.receberDurante(Duration.ofSeconds(2)));

        List<Recebida> nossas = recebidas.stream()
                .filter(r -> criados.contains(r.idInvestimento()))
                .toList();
        Map<Long, Long> porInvestimento =
                nossas.stream().collect(Collectors.groupingBy(Recebida::idInvestimento, Collectors.counting()));
        assertThat(porInvestimento.keySet()).containsExactlyInAnyOrderElementsOf(criados);
        assertThat(porInvestimento.values()).allMatch(n -> n == 1);
        assertThat(nossas.stream().map(Recebida::eventId).distinct().count()).isEqualTo(INVESTIMENTOS);
    }

    private double medida(String nome) {
        var medidor = metricas.find(nome).meter();
        if (medidor == null) {
            return -1;
        }
        Function<Double, Double> valor = v -> v;
        return valor.apply(medidor.measure().iterator().next().getValue());
    }
}
