package br.com.credito.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends an HTTP/1.1 request exactly as written, byte for byte. {@code java.net.http} refuses the request targets an
 * attacker sends ({@code {}, {@code %00}, {@code %C0%AF}, {@code %2F}), and those are the ones the servlet container
 * rejects before any application code runs.
 */
public final class RequisicaoCrua {

    /** Status line code, Content-Type (lower case, empty when absent) and body of the answer. */
    public record Resposta(int status, String contentType, String corpo) {}

    private RequisicaoCrua() {}

    public static Resposta enviar(int porta, String metodo, String alvo, String token) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", porta)) {
            socket.setSoTimeout(10_000);
            StringBuilder pedido = new StringBuilder()
                    .append(metodo)
                    .append(' ')
                    .append(alvo)
                    .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                    .append(porta)
                    .append("\r\nAccept: text/html,*/*\r\nConnection: close\r\n");
            if (token != null) {
                pedido.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            pedido.append("\r\n");
            OutputStream saida = socket.getOutputStream();
            saida.write(pedido.toString().getBytes(StandardCharsets.ISO_8859_1));
            saida.flush();
            return ler(socket.getInputStream());
        }
    }

    private static Resposta ler(InputStream entrada) throws IOException {
        ByteArrayOutputStream tudo = new ByteArrayOutputStream();
        entrada.transferTo(tudo);
        String texto = tudo.toString(StandardCharsets.UTF_8);
        int fimCabecalho = texto.indexOf("\r\n\r\n");
        String cabecalhos = fimCabecalho < 0 ? texto : texto.substring(0, fimCabecalho);
        String corpo = fimCabecalho < 0 ? "" : texto.substring(fimCabecalho + 4);
        String[] linhas = cabecalhos.split("\r\n");
        int status = Integer.parseInt(linhas[0].split(" ")[1]);
        String contentType = "";
        for (String linha : linhas) {
            if (linha.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = linha.substring("content-type:".length()).trim().toLowerCase(Locale.ROOT);
            }
        }
        return new Resposta(status, contentType, corpo);
    }
}
