package br.com.credito.localstack;

import br.com.credito.localstack.processo.Servico;
import java.time.Duration;
import java.util.List;

/** The one message a developer needs once everything is ready: where things are and how to get a token. */
final class Banner {

    private Banner() {}

    static String montar(Portas portas, List<Servico> servicos, String bureauAdmin, Duration tempo) {
        StringBuilder texto = new StringBuilder();
        String linha = "=".repeat(100);
        texto.append('\n').append(linha).append('\n');
        texto.append(
                String.format("  Plataforma de concessao de credito pronta em %.1f s%n", tempo.toMillis() / 1000.0));
        texto.append(linha).append('\n');
        texto.append(String.format("  Edge (API)          http://localhost:%d/v1/...%n", portas.edge()));
        texto.append(
                String.format("  Auth (token/JWKS)   http://localhost:%d/oauth2/token  /oauth2/jwks%n", portas.auth()));
        for (Servico servico : servicos) {
            if (servico.temSwagger()) {
                texto.append(String.format(
                        "  %-20s http://localhost:%d/swagger-ui.html%n", servico.modulo(), servico.porta()));
            }
        }
        texto.append(String.format("  Bureau (admin)      %s%n", bureauAdmin));
        texto.append(String.format(
                "  PostgreSQL          localhost:%d/credito   Redis localhost:%d   SQS http://localhost:%d%n",
                portas.postgres(), portas.redis(), portas.sqs()));
        texto.append(linha).append('\n');
        texto.append("  Token:\n");
        texto.append("  ").append(curlToken(portas.auth())).append('\n');
        texto.append("  Demo: scripts/demo.sh    Logs: .local-stack/logs/    Parar: Ctrl-C ou kill "
                + ProcessHandle.current().pid() + "\n");
        texto.append(linha).append('\n');
        return texto.toString();
    }

    static String curlToken(int portaAuth) {
        return "curl -s -u canal-app:canal-secret -d grant_type=client_credentials"
                + " --data-urlencode 'scope=cartao:conceder cartao:ler investimento:escrever investimento:ler'"
                + " http://localhost:" + portaAuth + "/oauth2/token";
    }
}
