package br.com.credito.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds, before anything starts, the ports that are taken or configured twice. */
public final class VerificadorDePortas {

    private VerificadorDePortas() {}

    /** One line per problem; empty when every port can be used. */
    public static List<String> problemas(Portas portas) {
        List<String> problemas = new ArrayList<>();
        Map<Integer, String> vistas = new HashMap<>();
        portas.porNome().forEach((nome, porta) -> {
            String outro = vistas.putIfAbsent(porta, nome);
            if (outro != null) {
                problemas.add("porta " + porta + " configurada para " + outro + " e " + nome);
            } else if (!livre(porta)) {
                problemas.add("porta " + porta + " (" + nome + ") ja esta em uso");
            }
        });
        return problemas;
    }

    /**
     * Binds the wildcard address, as the services do: on Linux this also fails when another process holds the port
     * on loopback only.
     */
    public static boolean livre(int porta) {
        try (ServerSocket socket = new ServerSocket()) {
            // As servers do: a TIME_WAIT left by a stopped one does not count, a listener does.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(porta));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
