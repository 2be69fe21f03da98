package br.com.credito.concessao.decisao.application;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One port call of the fan-out, bounded by the decision's deadline. A plain {@link Future} rather than a
 * CompletableFuture on purpose: {@code cancel(true)} interrupts the virtual thread, so a call still retrying when the
 * deadline passes stops instead of running on unseen: the retry's back-off sleep is interruptible, and the adapter's
 * blocking socket read (Apache HttpClient on this virtual thread) ends at the latest with its read timeout, after which
 * the interrupted retry gives up.
 */
final class ChamadaComPrazo<T> {

    private static final Logger log = LoggerFactory.getLogger(ChamadaComPrazo.class);

    private final String nome;
    private final Supplier<T> chamada;
    private final Supplier<T> seIndisponivel;
    private Future<T> futuro;
    private T obtido;

    ChamadaComPrazo(String nome, Supplier<T> chamada, Supplier<T> seIndisponivel) {
        this.nome = nome;
        this.chamada = chamada;
        this.seIndisponivel = seIndisponivel;
    }

    void iniciar(ExecutorService executor) {
        futuro = executor.submit(chamada::get);
    }

    /** The result, or the unavailable value when the call failed or the deadline ({@link System#nanoTime()}) passed. */
    T resultado(long prazoNanos) {
        if (obtido == null) {
            obtido = aguardar(prazoNanos);
        }
        return obtido;
    }

    private T aguardar(long prazoNanos) {
        try {
            return futuro.get(Math.max(0, prazoNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            futuro.cancel(true);
            log.warn("{} nao respondeu dentro do prazo da decisao; segue como indisponivel", nome);
        } catch (ExecutionException e) {
            log.warn(
                    "{} falhou; segue como indisponivel: {}",
                    nome,
                    e.getCause().getClass().getSimpleName());
        } catch (CancellationException e) {
            log.warn("{} cancelada; segue como indisponivel", nome);
        } catch (InterruptedException e) {
            futuro.cancel(true);
            Thread.currentThread().interrupt();
        }
        return seIndisponivel.get();
    }
}
