package br.com.credito.concessao.apoio;

import br.com.credito.concessao.decisao.application.AvaliarCliente;
import br.com.credito.concessao.decisao.domain.MotorDeRegras;
import br.com.credito.concessao.decisao.domain.Sinalizadores;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/** An AvaliarCliente whose input ports answer the seed client's data at once; the policy is the test's. */
public final class Avaliadores {

    private Avaliadores() {}

    public static AvaliarCliente comMotor(MotorDeRegras motor, Sinalizadores sinalizadores, ExecutorService executor) {
        return new AvaliarCliente(
                new AvaliarCliente.Portas(
                        id -> Mae.entradas(id).score(),
                        id -> Mae.entradas(id).historico(),
                        id -> Mae.entradas(id).investimentos()),
                motor,
                sinalizadores,
                executor,
                new AvaliarCliente.Parametros(Duration.ofSeconds(5), 450));
    }
}
