package br.com.credito.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Process helpers of the launcher. */
public final class Processos {

    private Processos() {}

    /**
     * Alive and not a zombie. A server that was started through a shell or pg_ctl has init (or whatever reaps orphans
     * in a container) as its parent; between its exit and that reaping it is a zombie, which {@link
     * ProcessHandle#isAlive()} still counts as alive although it holds no port and no file.
     */
    public static boolean vivo(ProcessHandle processo) {
        if (!processo.isAlive()) {
            return false;
        }
        Path estado = Path.of("/proc", Long.toString(processo.pid()), "stat");
        try {
            String linha = Files.readString(estado);
            // "pid (comm) S ...": the state follows the last ')' (comm may contain spaces and parentheses)
            char letra = linha.substring(linha.lastIndexOf(')') + 2).charAt(0);
            return letra != 'Z' && letra != 'X';
        } catch (IOException | RuntimeException e) {
            return processo.isAlive(); // no /proc (macOS) or the process just went
        }
    }

    /** Waits up to {@code milissegundos} for the process to end (zombies count as ended). */
    public static boolean aguardarFim(ProcessHandle processo, long milissegundos) throws InterruptedException {
        long limite = System.nanoTime() + milissegundos * 1_000_000;
        while (vivo(processo)) {
            if (System.nanoTime() > limite) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /**
     * Whether this process started with the signal ignored (Linux: {@code SigIgn} of /proc/self/status; false where
     * that is unknown). A background job of a non-interactive shell starts with SIGINT ignored, and the JVM keeps it
     * so: {@code kill -INT} then does nothing.
     */
    public static boolean sinalIgnorado(int numero) {
        try {
            for (String linha : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (linha.startsWith("SigIgn:")) {
                    long mascara = Long.parseUnsignedLong(
                            linha.substring("SigIgn:".length()).trim(), 16);
                    return (mascara & (1L << (numero - 1))) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return false;
    }
}
