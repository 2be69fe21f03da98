package br.com.credito.common.logging;

import java.util.regex.Pattern;

/**
 * Masks personal data (LGPD) in any text bound for logs. It is a safety net behind the rule that code never logs a
 * client id or CPF: CPFs in any layout, {@code idCliente} key/value pairs (JSON, query strings, toString of records)
 * and client ids in paths. Paths of this API are replaced by their URI template ({@link ModelosDeUri}): an endpoint
 * added later is covered without editing a list, and a path no template matches is cut short. The list below remains
 * for the bureau's paths, which are not this API's.
 */
public final class MascaraPii {

    public static final String MASCARA = "***";

    private static final Pattern CPF = Pattern.compile("(?<![\\d.])\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}(?![\\d])");
    private static final Pattern CHAVE_VALOR = Pattern.compile(
            "(?i)(\"?(?:idCliente|id_cliente|cpf|nome|nomeCliente)\"?\\s*[=:]\\s*\"?)([^\"',\\s}&)\\]]+)");
    private static final Pattern CAMINHO = Pattern.compile(
            "(/(?:score|scores|contratos|status|clientes|historico/contratos)/)([^/?\\s\"#{][^/?\\s\"#]*)");

    private MascaraPii() {}

    public static String mascarar(String texto) {
        if (texto == null || texto.isEmpty()) {
            return texto;
        }
        String resultado = CHAVE_VALOR.matcher(ModelosDeUri.emTexto(texto)).replaceAll("$1" + MASCARA);
        resultado = CAMINHO.matcher(resultado).replaceAll("$1" + MASCARA);
        return CPF.matcher(resultado).replaceAll(MASCARA);
    }
}
