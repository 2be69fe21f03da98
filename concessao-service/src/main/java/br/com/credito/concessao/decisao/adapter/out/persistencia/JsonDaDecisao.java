package br.com.credito.concessao.decisao.adapter.out.persistencia;

import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.Motivo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSONB columns of a decision. Reading tolerates fields added later, so old snapshots stay readable. */
final class JsonDaDecisao {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonDaDecisao() {}

    static String escrever(Object valor) {
        return JSON.writeValueAsString(valor);
    }

    static EntradasDaDecisao entradas(String json) {
        return JSON.readValue(json, EntradasDaDecisao.class);
    }

    static List<Motivo> motivos(String json) {
        return JSON.readValue(json, new TypeReference<List<Motivo>>() {});
    }

    /** Provenance per input, as the response names them. */
    static Map<String, Fonte> fontes(EntradasDaDecisao entradas) {
        Map<String, Fonte> fontes = new LinkedHashMap<>();
        fontes.put("score", entradas.score().fonte());
        fontes.put("historico", entradas.historico().fonte());
        fontes.put("investimentos", entradas.investimentos().fonte());
        return fontes;
    }
}
