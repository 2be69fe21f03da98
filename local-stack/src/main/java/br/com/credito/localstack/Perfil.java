package br.com.credito.localstack;

import br.com.credito.localstack.processo.Servico;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How the child JVMs run. {@code DESENVOLVIMENTO} (the default) starts fast: C1 only and a serial GC fit seven JVMs on
 * a 2-core laptop, and C1 compiles a method after a tenth of the usual invocations (20 instead of 200): a request path
 * the warm-up cannot take (a real decision, an authenticated call) ran interpreted for its first ~200 requests, and at
 * 20 decisions/s that was the first 10-25 s after the banner (cold-start drill: 181-322 non-2xx in the first minute
 * before, 55 after, all in the first 5 s; load-tests/README.md). C1 alone gets a 48 MB code cache, and a JVM collects
 * its whole heap each time 15 % of it (7 MB) has been compiled since the last time ("CodeCache GC Threshold"): with
 * the early compilation that was 1-4 serial full GCs per service before the banner, 0.1-0.7 s each, and more in the
 * load's first seconds; 240 MB, C2's default, leaves room for everything a service compiles. {@code CARGA} ({@code
 * --carga}) runs fast, for load tests and drills: C2 and a parallel GC (a decision cost ~2x the CPU on C1 only),
 * production's 10 % trace sampling, and an edge limit above the load tests' 600 TPS. {@code LOCAL_STACK_JAVA_OPTS}
 * replaces the JVM options of either; a variable the user set wins over the profile's.
 */
public enum Perfil {
    DESENVOLVIMENTO(
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m -Xss512k -XX:CompileThresholdScaling=0.1"
                    + " -XX:ReservedCodeCacheSize=240m",
            // at 20 invocations a method is compiled: 100 rounds of the warm-up reach every path it takes, and the
            // 200 more it ran by default only kept the two cores from the other services' starts
            Map.of("CREDITO_AQUECIMENTO_ITERACOES", "100")),
    CARGA(
            "-XX:+UseParallelGC -Xms512m -Xmx512m -Xss512k",
            Map.of(
                    "TRACING_SAMPLING_PROBABILITY", "0.1",
                    "EDGE_LIMITE_CAPACIDADE", "2000",
                    "EDGE_LIMITE_REPOSICAO", "1000",
                    // the load tests' returning clients invest hundreds of times a day: held for review past the
                    // per-client bound, their events would vanish from the recalculation load being measured
                    "INVESTIMENTO_ANOMALIAS_MAXIMO", "1000000",
                    "INVESTIMENTO_ANOMALIAS_VALOR_MAXIMO", "1000000000"));

    static final String VARIAVEL_OPCOES_JVM = "LOCAL_STACK_JAVA_OPTS";

    private final String opcoesJvm;
    private final Map<String, String> ambiente;

    Perfil(String opcoesJvm, Map<String, String> ambiente) {
        this.opcoesJvm = opcoesJvm;
        this.ambiente = ambiente;
    }

    /** {@code doUsuario}: the launcher's environment (null when a variable is not set). */
    List<String> opcoesJvm(UnaryOperator<String> doUsuario) {
        String opcoes = doUsuario.apply(VARIAVEL_OPCOES_JVM);
        return Arrays.stream((opcoes != null ? opcoes : opcoesJvm).trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The service with the profile's variables added, except those the user or the service itself already set. */
    Servico aplicar(Servico servico, UnaryOperator<String> doUsuario) {
        Map<String, String> ambienteFinal = new HashMap<>();
        ambiente.forEach((nome, valor) -> {
            if (doUsuario.apply(nome) == null) {
                ambienteFinal.put(nome, valor);
            }
        });
        ambienteFinal.putAll(servico.ambiente());
        return new Servico(servico.modulo(), servico.porta(), ambienteFinal, servico.temSwagger(), servico.aquece());
    }
}
