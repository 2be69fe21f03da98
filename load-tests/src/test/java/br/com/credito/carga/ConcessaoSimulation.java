package br.com.credito.carga;

import java.time.Duration;

/**
 * Concessão only, new and returning clients. With {@code -Dcarga.mix.recorrentes=0 -Dcarga.aquecer=false} and
 * {@code -Dcarga.baseUrl} pointing at one concessão instance, it is the probe of the fan-out comparison
 * ({@code drills/comparar-fanout.sh}).
 */
public class ConcessaoSimulation extends SimulacaoBase {

    public ConcessaoSimulation() {
        super(new Perfil(20, Duration.ofSeconds(5), Duration.ofSeconds(60)), Mix.SO_CONCESSAO);
    }
}
