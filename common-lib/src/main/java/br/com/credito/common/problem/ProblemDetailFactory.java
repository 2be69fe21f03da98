package br.com.credito.common.problem;

import br.com.credito.common.tracing.TraceIdProvider;
import java.util.List;
import org.springframework.http.ProblemDetail;

/**
 * The one place where RFC 9457 bodies are built. Every body carries {@code codigo} (stable, machine-readable) and
 * {@code traceId} (to find the request in logs and traces); details are always texts chosen by the caller, never the
 * message of an unexpected exception.
 */
public final class ProblemDetailFactory {

    public static final String CODIGO = "codigo";
    public static final String TRACE_ID = "traceId";
    public static final String ERROS = "erros";

    private final TraceIdProvider traceIdProvider;

    public ProblemDetailFactory(TraceIdProvider traceIdProvider) {
        this.traceIdProvider = traceIdProvider;
    }

    public ProblemDetail criar(TipoProblema tipo, String detalhe) {
        return criar(tipo, tipo.name(), detalhe);
    }

    public ProblemDetail criar(TipoProblema tipo, String codigo, String detalhe) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(tipo.status(), detalhe);
        problema.setType(tipo.tipo());
        problema.setTitle(tipo.titulo());
        problema.setProperty(CODIGO, codigo);
        problema.setProperty(TRACE_ID, traceIdProvider.traceIdAtual());
        return problema;
    }

    public ProblemDetail dadosInvalidos(String detalhe, List<ErroDeCampo> erros) {
        return dadosInvalidos(TipoProblema.DADOS_INVALIDOS.name(), detalhe, erros);
    }

    /** A 400 with its own {@code codigo} (e.g. JSON_MALFORMADO) and the fields at fault. */
    public ProblemDetail dadosInvalidos(String codigo, String detalhe, List<ErroDeCampo> erros) {
        ProblemDetail problema = criar(TipoProblema.DADOS_INVALIDOS, codigo, detalhe);
        problema.setProperty(ERROS, List.copyOf(erros));
        return problema;
    }
}
