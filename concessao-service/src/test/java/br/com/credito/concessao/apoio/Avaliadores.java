package br.com.credito.concessao.apoio;

import br.com.credito.concessao.decisao.application.AvaliarCliente;
import br.com.credito.concessao.decisao.domain.port.MotorDeRegras;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/** An AvaliarCliente whose input ports answer the seed client's data at once; the policy is the test's. */
public final class Avaliadores {

    private Avaliadores() {}

    public static AvaliarCliente comMotor(MotorDeRegras motor, Sinalizadores sinalizadores, ExecutorService executor) {
        return new AvaliarCliente(
                id -> Mae.entradas(id).score(),
                id -> Mae.entradas(id).historico(),
                id -> Mae.entradas(id).investimentos(),
                motor,
                sinalizadores,
                executor,
                Duration.ofSeconds(5),
                450);
    }
}
