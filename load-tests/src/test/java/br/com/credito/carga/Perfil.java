package br.com.credito.carga;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import io.gatling.javaapi.core.OpenInjectionStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Open injection: arrivals per second, independent of how fast the system answers (a closed model would hide a slow
 * system by sending less). A ramp up to the rate, then the rate held for {@code duracao}.
 */
record Perfil(double tps, Duration rampa, Duration duracao) {

    /** Grace after the last arrival for in-flight requests; a run never lasts longer than this past its plan. */
    static final Duration FOLGA = Duration.ofSeconds(60);

    Perfil {
        if (tps <= 0 || rampa.isNegative() || duracao.isNegative() || duracao.isZero()) {
            throw new IllegalArgumentException("carga.tps > 0, carga.rampa >= 0 e carga.duracao > 0");
        }
    }

    static Perfil de(Propriedades p, Perfil padrao) {
        return new Perfil(
                p.decimal("carga.tps", padrao.tps()),
                p.duracao("carga.rampa", padrao.rampa()),
                p.duracao("carga.duracao", padrao.duracao()));
    }

    List<OpenInjectionStep> injecao(double taxa) {
        List<OpenInjectionStep> passos = new ArrayList<>(2);
        if (!rampa.isZero()) {
            passos.add(rampUsersPerSec(Math.min(1.0, taxa)).to(taxa).during(rampa));
        }
        passos.add(constantUsersPerSec(taxa).during(duracao));
        return passos;
    }

    Duration duracaoMaxima() {
        return rampa.plus(duracao).plus(FOLGA);
    }
}
