package br.com.credito.carga;

import java.net.URI;

/**
 * Where the load goes and who it is sent as: the edge (or one service, for the fan-out comparison), the OAuth2 token
 * endpoint and client, and the generated test clients.
 *
 * @param padraoIdCliente ids of generated clients; each {@code #} becomes a digit (the bureau simulator answers
 *     {@code 9#####} with a deterministic score)
 * @param clientesRecorrentes size of the pool of clients that come back (cache hits, status reads, investments)
 * @param tokenPorUsuario each virtual user asks the authorization server for its own token (measured as request
 *     {@code token}); otherwise every virtual user takes the shared token at its start, as a channel backend would
 */
record Alvo(
        URI baseUrl,
        URI tokenUrl,
        String clientId,
        String clientSecret,
        String escopos,
        String padraoIdCliente,
        int clientesRecorrentes,
        String tipoCartao,
        boolean tokenPorUsuario,
        boolean aquecer) {

    static final String ESCOPOS_PADRAO = "cartao:conceder cartao:ler investimento:escrever investimento:ler";

    Alvo {
        Loopback.exigir(baseUrl);
        Loopback.exigir(tokenUrl);
        if (clientesRecorrentes < 1) {
            throw new IllegalArgumentException("carga.recorrentes deve ser >= 1");
        }
    }

    static Alvo de(Propriedades p) {
        return new Alvo(
                URI.create(p.texto("carga.baseUrl", "http://localhost:8080")),
                URI.create(p.texto("carga.tokenUrl", "http://localhost:9000/oauth2/token")),
                p.texto("carga.clientId", "canal-app"),
                p.texto("carga.clientSecret", "canal-secret"),
                p.texto("carga.escopos", ESCOPOS_PADRAO),
                p.texto("carga.idPadrao", "9#####"),
                p.inteiro("carga.recorrentes", 50),
                p.texto("carga.tipoCartao", "GOLD"),
                p.booleano("carga.tokenPorUsuario", false),
                p.booleano("carga.aquecer", true));
    }

    @Override
    public String toString() {
        return "Alvo[baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", padraoIdCliente="
                + padraoIdCliente + ", clientesRecorrentes=" + clientesRecorrentes + ", tokenPorUsuario="
                + tokenPorUsuario + "]";
    }
}
