package br.com.credito.common.aquecimento;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param habilitado off: the instance reports ready as soon as Spring is up (the breakers' grace still applies)
 * @param iteracoes how many times each exercise runs at most
 * @param duracaoMaxima no new iteration starts after this; sized so the whole stack stays within its start-up goal
 * @param tempoLimite readiness waits no longer than this for a stuck exercise (then it is interrupted): a warm-up
 *     that hangs must never keep an instance out of service
 * @param falhasSeguidas an exercise failing this many times in a row is dropped (its dependency is not up yet)
 * @param gracaDosDisjuntores how long after the first call once ready the breakers only record (GracaDosDisjuntores);
 *     zero turns the grace off
 */
@ConfigurationProperties(prefix = "credito.aquecimento")
public record AquecimentoProperties(
        boolean habilitado,
        int iteracoes,
        Duration duracaoMaxima,
        Duration tempoLimite,
        int falhasSeguidas,
        Duration gracaDosDisjuntores) {

    public AquecimentoProperties {
        iteracoes = iteracoes > 0 ? iteracoes : 300;
        duracaoMaxima = duracaoMaxima != null ? duracaoMaxima : Duration.ofSeconds(15);
        tempoLimite = tempoLimite != null ? tempoLimite : duracaoMaxima.plusSeconds(15);
        falhasSeguidas = falhasSeguidas > 0 ? falhasSeguidas : 5;
        gracaDosDisjuntores = gracaDosDisjuntores != null ? gracaDosDisjuntores : Duration.ofSeconds(30);
    }
}
