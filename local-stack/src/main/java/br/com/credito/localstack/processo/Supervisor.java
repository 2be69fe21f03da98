package br.com.credito.localstack.processo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts every application at once (on 2 cores a sequential start would only add up the waits), polls their readiness
 * and stops them all: SIGTERM to every process tree first, then a bounded wait, then SIGKILL for what is left.
 */
public final class Supervisor implements AutoCloseable {

    private static final Duration PRAZO_PARADA = Duration.ofSeconds(25);
    private static final long INTERVALO_SONDAGEM_MS = 500;

    private final List<ProcessoFilho> filhos = new ArrayList<>();

    public void iniciar(List<Servico> servicos, Path raiz, Path pastaLogs, List<String> opcoesJvm) throws IOException {
        Files.createDirectories(pastaLogs);
        for (Servico servico : servicos) {
            filhos.add(ProcessoFilho.iniciar(servico, raiz, pastaLogs, opcoesJvm));
        }
    }

    /** Waits until every child answers its readiness probe; fails fast when one dies or the deadline passes. */
    public void aguardarProntidao(Duration prazo) throws InterruptedException {
        Instant limite = Instant.now().plus(prazo);
        Set<ProcessoFilho> pendentes = new LinkedHashSet<>(filhos);
        while (!pendentes.isEmpty()) {
            for (ProcessoFilho filho : List.copyOf(pendentes)) {
                if (!filho.vivo()) {
                    throw new FalhaAoIniciarException(filho, "terminou antes de ficar pronto");
                }
                if (filho.pronto()) {
                    System.out.println(
                            "[local-stack] pronto: " + filho.servico().modulo());
                    pendentes.remove(filho);
                }
            }
            if (!pendentes.isEmpty() && Instant.now().isAfter(limite)) {
                throw new FalhaAoIniciarException(pendentes.iterator().next(), "nao ficou pronto em " + prazo);
            }
            Thread.sleep(INTERVALO_SONDAGEM_MS);
        }
    }

    /** The first child that stopped on its own, if any, while the stack is up. */
    public List<ProcessoFilho> terminados() {
        return filhos.stream().filter(f -> !f.vivo()).toList();
    }

    @Override
    public void close() {
        filhos.forEach(ProcessoFilho::pedirParada);
        for (ProcessoFilho filho : filhos) {
            try {
                filho.aguardarParada(PRAZO_PARADA);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A child that died or did not get ready; carries it so the launcher can show its log. */
    public static final class FalhaAoIniciarException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient ProcessoFilho filho;

        FalhaAoIniciarException(ProcessoFilho filho, String motivo) {
            super(filho.servico().modulo() + " " + motivo);
            this.filho = filho;
        }

        public ProcessoFilho filho() {
            return filho;
        }
    }
}
