package br.com.credito.common.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Single-flight: while a call for a key is running in this JVM, other callers for the same key wait for its result
 * (or its failure) instead of calling again. Per instance on purpose: N instances make at most N concurrent calls
 * for one key, with no Redis round trips, no lock to expire or leak when an instance dies, and no polling.
 */
final class VooUnico<R> {

    private final ConcurrentHashMap<String, CompletableFuture<R>> emAndamento = new ConcurrentHashMap<>();

    R executar(String chave, Supplier<R> chamada) {
        CompletableFuture<R> meu = new CompletableFuture<>();
        CompletableFuture<R> emCurso = emAndamento.putIfAbsent(chave, meu);
        if (emCurso != null) {
            return aguardar(emCurso);
        }
        try {
            R resultado = chamada.get();
            meu.complete(resultado);
            return resultado;
        } catch (RuntimeException | Error falha) {
            meu.completeExceptionally(falha);
            throw falha;
        } finally {
            emAndamento.remove(chave, meu);
        }
    }

    /** Callers that joined share the leader's outcome; its call is bounded by the provider's own timeouts. */
    private R aguardar(CompletableFuture<R> emCurso) {
        try {
            return emCurso.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException falha) {
                throw falha;
            }
            throw e;
        }
    }
}
