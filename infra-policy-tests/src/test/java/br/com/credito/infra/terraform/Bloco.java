package br.com.credito.infra.terraform;

import java.nio.file.Path;
import java.util.Map;

/**
 * One Terraform block as hcl4j returns it: a {@code resource}, {@code data}, {@code module}, {@code output} or
 * {@code variable}. References and interpolations come back as flattened strings ({@code var.x[each.key]} becomes
 * {@code "var.x.each.key"}), numbers as Double, for-expressions as an opaque ComputedObject.
 */
public record Bloco(Path arquivo, String tipo, String nome, Map<String, Object> atributos) {

    public Object get(String atributo) {
        return atributos.get(atributo);
    }

    public String texto(String atributo) {
        Object valor = atributos.get(atributo);
        return valor == null ? null : String.valueOf(valor);
    }

    /** A nested block or attribute path, e.g. {@code caminho("auto_rollback_configuration", "enabled")}. */
    public Object caminho(String... nomes) {
        Object atual = atributos;
        for (String nome : nomes) {
            if (!(atual instanceof Map<?, ?> mapa)) {
                return null;
            }
            atual = mapa.get(nome);
        }
        return atual;
    }

    public String endereco() {
        return tipo + "." + nome + " (" + arquivo + ")";
    }
}
