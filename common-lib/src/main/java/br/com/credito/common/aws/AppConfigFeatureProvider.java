package br.com.credito.common.aws;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.FeatureProvider;
import dev.openfeature.sdk.Metadata;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.Reason;
import dev.openfeature.sdk.Value;
import java.util.Map;
import java.util.function.Function;

/**
 * OpenFeature provider over an AppConfig feature-flag profile, as the AppConfig Agent serves it:
 * {@code {"flag": {"enabled": true, "valor": "EM_ANALISE"}}}. A boolean flag is its {@code enabled}; a string or
 * number flag is its attribute {@code valor} (the convention of the flag catalogue, infra-terraform/modules/flags/
 * flags.json), or another attribute addressed as {@code "flag.attribute"}. A disabled flag carries no attributes,
 * so it answers the caller's default (reason DISABLED). When the flags cannot be read the caller's default is
 * returned with reason ERROR, so a flag never turns an AppConfig outage into a failed request.
 */
public final class AppConfigFeatureProvider implements FeatureProvider {

    private static final Metadata METADATA = () -> "aws-appconfig";

    /** The attribute that holds a non-boolean flag's value when the key names no attribute. */
    public static final String ATRIBUTO_VALOR = "valor";

    private final FlagsAppConfig flags;

    public AppConfigFeatureProvider(FlagsAppConfig flags) {
        this.flags = flags;
    }

    @Override
    public Metadata getMetadata() {
        return METADATA;
    }

    @Override
    public ProviderEvaluation<Boolean> getBooleanEvaluation(String chave, Boolean padrao, EvaluationContext ctx) {
        return avaliar(chave + ".enabled", padrao, Boolean.class, Function.identity());
    }

    @Override
    public ProviderEvaluation<String> getStringEvaluation(String chave, String padrao, EvaluationContext ctx) {
        return avaliar(chave, padrao, String.class, Function.identity());
    }

    @Override
    public ProviderEvaluation<Integer> getIntegerEvaluation(String chave, Integer padrao, EvaluationContext ctx) {
        return avaliar(chave, padrao, Number.class, Number::intValue);
    }

    @Override
    public ProviderEvaluation<Double> getDoubleEvaluation(String chave, Double padrao, EvaluationContext ctx) {
        return avaliar(chave, padrao, Number.class, Number::doubleValue);
    }

    @Override
    public ProviderEvaluation<Value> getObjectEvaluation(String chave, Value padrao, EvaluationContext ctx) {
        return erro(padrao, ErrorCode.TYPE_MISMATCH, "objetos nao sao suportados; use atributos tipados");
    }

    /** {@code caminho} is "flag" or "flag.attribute"; a flag name may not contain a dot (AppConfig forbids it). */
    private <L, T> ProviderEvaluation<T> avaliar(String chave, T padrao, Class<L> tipo, Function<L, T> converter) {
        String caminho = chave.indexOf('.') < 0 ? chave + "." + ATRIBUTO_VALOR : chave;
        Map<String, Map<String, Object>> atuais;
        try {
            atuais = flags.atuais();
        } catch (FlagsIndisponiveisException e) {
            return erro(padrao, ErrorCode.GENERAL, e.getMessage());
        }
        int ponto = caminho.indexOf('.');
        String flag = ponto < 0 ? caminho : caminho.substring(0, ponto);
        Map<String, Object> atributos = atuais.get(flag);
        if (atributos == null || ponto < 0) {
            return erro(padrao, ErrorCode.FLAG_NOT_FOUND, "flag desconhecida: " + flag);
        }
        Object valor = atributos.get(caminho.substring(ponto + 1));
        if (valor == null && Boolean.FALSE.equals(atributos.get("enabled"))) {
            return ProviderEvaluation.<T>builder()
                    .value(padrao)
                    .reason(Reason.DISABLED.name())
                    .build();
        }
        if (!tipo.isInstance(valor)) {
            return erro(padrao, ErrorCode.TYPE_MISMATCH, "atributo ausente ou de outro tipo: " + caminho);
        }
        return ProviderEvaluation.<T>builder()
                .value(converter.apply(tipo.cast(valor)))
                .reason(Reason.STATIC.name())
                .build();
    }

    private static <T> ProviderEvaluation<T> erro(T padrao, ErrorCode codigo, String mensagem) {
        return ProviderEvaluation.<T>builder()
                .value(padrao)
                .reason(Reason.ERROR.name())
                .errorCode(codigo)
                .errorMessage(mensagem)
                .build();
    }
}
