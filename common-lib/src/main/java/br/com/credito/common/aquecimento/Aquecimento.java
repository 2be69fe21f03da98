package br.com.credito.common.aquecimento;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Runs the exercises when the application is ready, before it reports ready. Spring Boot publishes
 * {@code ReadinessState.ACCEPTING_TRAFFIC} right after the {@code ApplicationReadyEvent} listeners return, and the
 * readiness probe answers OUT_OF_SERVICE until then; so this listener, the last one (only a training run's
 * {@link FimDoTreino} comes after it), simply holds the event until the warm-up is over, and the readiness probe, the
 * load balancer's health check and CodeDeploy all wait for it. The server already listens (the exercises may call
 * it), and liveness is already CORRECT, so nothing restarts the instance meanwhile. The exercises run on their own
 * thread, so a stuck one is abandoned at {@code tempo-limite}.
 */
public final class Aquecimento implements ApplicationListener<ApplicationReadyEvent>, Ordered {

    /** The last ready listener but one: only {@link FimDoTreino} runs after it. */
    static final int ORDEM = Ordered.LOWEST_PRECEDENCE - 1;

    private static final Logger log = LoggerFactory.getLogger(Aquecimento.class);

    private final List<ExercicioDeAquecimento> exercicios;
    private final AquecimentoProperties propriedades;
    private volatile List<Contagem> ultimas = List.of();

    public Aquecimento(List<ExercicioDeAquecimento> exercicios, AquecimentoProperties propriedades) {
        this.exercicios = List.copyOf(exercicios);
        this.propriedades = propriedades;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent evento) {
        if (!propriedades.habilitado() || exercicios.isEmpty()) {
            return;
        }
        // Explicit, in case another listener declared the instance ready before this one ran.
        AvailabilityChangeEvent.publish(evento.getApplicationContext(), ReadinessState.REFUSING_TRAFFIC);
        long inicio = System.nanoTime();
        List<Contagem> contagens = exercicios.stream().map(Contagem::new).toList();
        ultimas = contagens;
        Thread executor = Thread.ofPlatform()
                .name("aquecimento")
                .daemon()
                .start(() -> executar(
                        contagens, inicio + propriedades.duracaoMaxima().toNanos()));
        boolean terminou = aguardar(executor);
        Duration duracao = Duration.ofNanos(System.nanoTime() - inicio);
        if (!terminou) {
            executor.interrupt();
            log.warn("Aquecimento nao terminou em {}; a instancia fica pronta assim mesmo", propriedades.tempoLimite());
        }
        long coleta = coletar();
        log.info("Aquecimento em {} ms (+ {} ms de coleta): {}", duracao.toMillis(), coleta, contagens);
    }

    /**
     * One full collection before the instance reports ready, so that it takes its first requests with an empty young
     * generation and the start-up's survivors already moved out of it. Without it, the first requests' allocations
     * set off the first young collections, which still had the start's and the warm-up's objects to copy: on the
     * cold-start drill, three services paused 184-335 ms each within 2.5 s of the load's start (serial GC, local
     * profile). Here it costs the same pause once, before readiness, where no request waits for it. Returns its ms.
     */
    private static long coletar() {
        long inicio = System.nanoTime();
        System.gc();
        return Duration.ofNanos(System.nanoTime() - inicio).toMillis();
    }

    /**
     * Runs and failures of each exercise in the last warm-up, by name (for the tests and the log); a database exercise
     * run on every connection counts each connection's run.
     */
    public Map<String, Resultado> resultados() {
        Map<String, Resultado> resultados = new LinkedHashMap<>();
        for (Contagem c : ultimas) {
            resultados.put(c.exercicio.nome(), new Resultado(c.ok, c.falhas));
            if (c.exercicio instanceof ExercicioEmCadaConexao cadaConexao) {
                resultados.putAll(cadaConexao.resultados()); // the database exercises it ran, by their own names
            }
        }
        return resultados;
    }

    public record Resultado(int ok, int falhas) {}

    private boolean aguardar(Thread executor) {
        try {
            return executor.join(propriedades.tempoLimite());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Round robin, so that a short budget still reaches every exercise. */
    private void executar(List<Contagem> contagens, long prazoNanos) {
        List<Contagem> ativas = new ArrayList<>(contagens);
        for (int i = 0; i < propriedades.iteracoes() && !ativas.isEmpty(); i++) {
            for (Contagem contagem : List.copyOf(ativas)) {
                if (System.nanoTime() > prazoNanos || Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (contagem.exercicio.concluido() || !contagem.executar(propriedades.falhasSeguidas())) {
                    ativas.remove(contagem);
                }
            }
        }
    }

    /** Runs, counts and, after too many failures in a row, gives up one exercise. */
    private static final class Contagem {
        private final ExercicioDeAquecimento exercicio;
        private int ok;
        private int falhas;
        private int falhasSeguidas;
        private String ultimaFalha = "";

        Contagem(ExercicioDeAquecimento exercicio) {
            this.exercicio = exercicio;
        }

        /** False when the exercise should not run again. */
        boolean executar(int limiteDeFalhas) {
            try {
                exercicio.executar();
                ok++;
                falhasSeguidas = 0;
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                falhas++;
                // Type only: a message may carry a URL or a payload.
                ultimaFalha = e.getClass().getSimpleName();
                return ++falhasSeguidas < limiteDeFalhas;
            }
        }

        @Override
        public String toString() {
            return exercicio.nome() + "=" + ok + " ok"
                    + (falhas > 0 ? "/" + falhas + " falhas (" + ultimaFalha + ")" : "")
                    + (exercicio.detalhe().isEmpty() ? "" : " " + exercicio.detalhe());
        }
    }

    @Override
    public int getOrder() {
        return ORDEM;
    }
}
