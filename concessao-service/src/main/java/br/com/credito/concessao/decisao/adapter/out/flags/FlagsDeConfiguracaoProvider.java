package br.com.credito.concessao.decisao.adapter.out.flags;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.FeatureProvider;
import dev.openfeature.sdk.Metadata;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.Reason;
import dev.openfeature.sdk.Value;
import java.util.Map;
import java.util.function.Function;

/** An OpenFeature provider over a fixed map of flag values (strings, as they come from YAML or the environment). */
public final class FlagsDeConfiguracaoProvider implements FeatureProvider {

    private final Map<String, String> valores;

    public FlagsDeConfiguracaoProvider(Map<String, String> valores) {
        this.valores = Map.copyOf(valores);
    }

    @Override
    public Metadata getMetadata() {
        return () -> "configuracao";
    }

    @Override
    public ProviderEvaluation<Boolean> getBooleanEvaluation(String chave, Boolean padrao, EvaluationContext ctx) {
        return avaliar(chave, padrao, texto -> switch (texto.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "ligado" -> Boolean.TRUE;
            case "false", "off", "desligado" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("nao booleano");
        });
    }

    @Override
    public ProviderEvaluation<String> getStringEvaluation(String chave, String padrao, EvaluationContext ctx) {
        return avaliar(chave, padrao, String::trim);
    }

    @Override
    public ProviderEvaluation<Integer> getIntegerEvaluation(String chave, Integer padrao, EvaluationContext ctx) {
        return avaliar(chave, padrao, texto -> Integer.valueOf(texto.trim()));
    }

    @Override
    public ProviderEvaluation<Double> getDoubleEvaluation(String chave, Double padrao, EvaluationContext ctx) {
        return avaliar(chave, padrao, texto -> Double.valueOf(texto.trim()));
    }

    @Override
    public ProviderEvaluation<Value> getObjectEvaluation(String chave, Value padrao, EvaluationContext ctx) {
        return avaliar(chave, padrao, Value::new);
    }

    private <T> ProviderEvaluation<T> avaliar(String chave, T padrao, Function<String, T> conversao) {
        String texto = valores.get(chave);
        if (texto == null) {
            return erro(padrao, ErrorCode.FLAG_NOT_FOUND);
        }
        try {
            return ProviderEvaluation.<T>builder()
                    .value(conversao.apply(texto))
                    .reason(Reason.STATIC.name())
                    .build();
        } catch (IllegalArgumentException e) {
            return erro(padrao, ErrorCode.TYPE_MISMATCH);
        }
    }

    private static <T> ProviderEvaluation<T> erro(T padrao, ErrorCode codigo) {
        return ProviderEvaluation.<T>builder()
                .value(padrao)
                .reason(Reason.ERROR.name())
                .errorCode(codigo)
                .build();
    }
}
