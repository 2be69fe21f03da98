package br.com.credito.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Environment variables" table of docs/contratos-internos.md, read per service: which variables each service is
 * told it reads. Services built in parallel may not read all of them yet; the contract is what compose must set.
 */
final class ContratoDeAmbiente {

    /** Only read in the aws profile, never set locally. */
    static final Set<String> SO_NA_AWS = Set.of("INVESTIMENTO_TOPICO_ARN");

    private static final Map<String, String> MODULOS = Map.of(
            "concessao", "concessao-service",
            "regras", "motor-regras-service",
            "historico", "historico-service",
            "score", "score-service",
            "investimento", "investimento-service");
    private static final Pattern LINHA = Pattern.compile("^\\|([^|]+)\\|([^|]+)\\|");
    private static final Pattern VARIAVEL = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    private ContratoDeAmbiente() {}

    static Map<String, Set<String>> porServico(Path raiz) throws IOException {
        Map<String, Set<String>> resultado = new HashMap<>();
        for (String linha : Files.readAllLines(raiz.resolve("docs/contratos-internos.md"))) {
            Matcher celulas = LINHA.matcher(linha);
            if (!celulas.find()) {
                continue;
            }
            Set<String> variaveis = variaveis(celulas.group(1));
            String usadoPor = celulas.group(2).trim();
            MODULOS.forEach((curto, modulo) -> {
                if (usadoPor.equals("all") || usadoPor.contains(curto)) {
                    resultado.computeIfAbsent(modulo, m -> new TreeSet<>()).addAll(variaveis);
                }
            });
        }
        return resultado;
    }

    private static Set<String> variaveis(String celula) {
        Set<String> nomes = new TreeSet<>();
        Matcher m = VARIAVEL.matcher(celula);
        while (m.find()) {
            nomes.add(m.group(1));
        }
        return nomes;
    }
}
