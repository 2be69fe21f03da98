package br.com.credito.carga;

import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Assertion;
import java.util.List;

/**
 * The service-level gates a run must meet, or Gatling fails it (non-zero exit, "assertion failed" in the report).
 * Defaults follow the seed: ~200 ms average, alarm at p95 300 ms, 99.9 % availability (at most 0.1 % failed requests).
 */
record Slo(int p95Ms, int p99Ms, int mediaMs, double falhasPct) {

    static final Slo PADRAO = new Slo(300, 500, 200, 0.1);

    Slo {
        if (p95Ms <= 0 || p99Ms < p95Ms || mediaMs <= 0 || falhasPct < 0 || falhasPct > 100) {
            throw new IllegalArgumentException(
                    "SLO incoerente: p95=" + p95Ms + " p99=" + p99Ms + " media=" + mediaMs + " falhas%=" + falhasPct);
        }
    }

    static Slo de(Propriedades p) {
        return new Slo(
                p.inteiro("carga.slo.p95Ms", PADRAO.p95Ms()),
                p.inteiro("carga.slo.p99Ms", PADRAO.p99Ms()),
                p.inteiro("carga.slo.mediaMs", PADRAO.mediaMs()),
                p.decimal("carga.slo.falhasPct", PADRAO.falhasPct()));
    }

    List<Assertion> assercoes() {
        return List.of(
                global().responseTime().percentile(95.0).lte(p95Ms),
                global().responseTime().percentile(99.0).lte(p99Ms),
                global().responseTime().mean().lte(mediaMs),
                global().failedRequests().percent().lte(falhasPct));
    }
}
