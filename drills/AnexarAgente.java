import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a native agent into a running JVM: {@code java drills/AnexarAgente.java PID LIBRARY OPTIONS}. perfil-cpu.sh
 * sends async-profiler its commands this way because jcmd's JVMTI.agent_load reads an option string with '=' in it
 * as a named argument of its own and async-profiler receives no event.
 */
public final class AnexarAgente {
    public static void main(String[] argumentos) throws Exception {
        if (argumentos.length != 3) {
            throw new IllegalArgumentException("uso: AnexarAgente PID BIBLIOTECA OPCOES");
        }
        VirtualMachine jvm = VirtualMachine.attach(argumentos[0]);
        try {
            jvm.loadAgentPath(argumentos[1], argumentos[2]);
        } finally {
            jvm.detach();
        }
    }
}
