package br.com.credito.carga;

import java.time.Duration;

/** A normal day: 50 TPS on average across concessão (new and returning clients), status reads and investments. */
public class DiaMistoSimulation extends SimulacaoBase {

    public DiaMistoSimulation() {
        super(new Perfil(50, Duration.ofSeconds(10), Duration.ofSeconds(120)), Mix.DIA);
    }
}
