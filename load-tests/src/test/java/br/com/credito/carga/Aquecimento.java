package br.com.credito.carga;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Before the load: one concessão per returning client, so they hold a card (status reads answer 200, investments
 * trigger recalculations) and their score/historico are cached (the "warm cache" of the goal). Not measured.
 */
final class Aquecimento {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Aquecimento() {}

    static void executar(Alvo alvo, GeradorIdCliente ids, String token) {
        long inicio = System.nanoTime();
        int aceitos = 0;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            for (int i = 0; i < alvo.clientesRecorrentes(); i++) {
                aceitos += conceder(http, alvo, ids.recorrente(i), token) == 200 ? 1 : 0;
            }
        }
        long ms = Duration.ofNanos(System.nanoTime() - inicio).toMillis();
        System.out.printf(
                "aquecimento: %d/%d clientes recorrentes com concessao 200 em %d ms%n",
                aceitos, alvo.clientesRecorrentes(), ms);
    }

    private static int conceder(HttpClient http, Alvo alvo, String idCliente, String token) {
        HttpRequest pedido = HttpRequest.newBuilder(alvo.baseUrl().resolve("/v1/cartao/concessao"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"idCliente\":\"" + idCliente + "\",\"tipoCartao\":\"" + alvo.tipoCartao() + "\"}"))
                .build();
        try {
            return http.send(pedido, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
