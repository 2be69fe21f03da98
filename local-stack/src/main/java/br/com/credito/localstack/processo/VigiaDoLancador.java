package br.com.credito.localstack.processo;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Main class of every child JVM: runs the application's own main class (first argument) and ends the JVM when the
 * launcher is gone. The launcher keeps each child's stdin as a pipe it never writes to; the operating system closes
 * it when the launcher dies, even by SIGKILL, and this thread reads end-of-file and exits the JVM normally (Spring's
 * graceful shutdown runs). No service needs to know: the class is put on the child's classpath by the launcher
 * (PreparacaoDaJvm), so it must stay self-contained, one class file.
 */
public final class VigiaDoLancador {

    private VigiaDoLancador() {}

    public static void main(String[] args) throws Throwable {
        Thread vigia = new Thread(VigiaDoLancador::aguardarFimDoLancador, "local-stack-vigia-do-lancador");
        vigia.setDaemon(true);
        vigia.start();
        Method principal = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            principal.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void aguardarFimDoLancador() {
        try {
            InputStream entrada = System.in;
            byte[] descarte = new byte[256];
            while (entrada.read(descarte) >= 0) {
                // nothing is ever written; only end-of-file matters
            }
        } catch (IOException e) {
            // a broken pipe means the same: the launcher is gone
        }
        System.err.println("[local-stack] o launcher terminou; encerrando esta aplicacao");
        System.exit(0);
    }
}
