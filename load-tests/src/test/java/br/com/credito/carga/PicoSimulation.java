package br.com.credito.carga;

import java.time.Duration;

/** The seed's peak: ramp to 600 TPS over 60 s and hold it for 60 s, with the mix of a normal day. */
public class PicoSimulation extends SimulacaoBase {

    public PicoSimulation() {
        super(new Perfil(600, Duration.ofSeconds(60), Duration.ofSeconds(60)), Mix.DIA);
    }
}
