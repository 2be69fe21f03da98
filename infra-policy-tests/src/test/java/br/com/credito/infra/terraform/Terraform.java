package br.com.credito.infra.terraform;

import br.com.credito.infra.Repositorio;
import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Terraform of infra-terraform/, every file parsed once with hcl4j. Each file is parsed on its own, so a
 * {@code var.x} stays a reference (hcl4j would otherwise resolve it against a variable declared in the same parse).
 */
public final class Terraform {

    private static final Terraform INSTANCIA = new Terraform(Repositorio.caminho("infra-terraform"));

    private final Path raiz;
    private final Map<Path, Map<String, Object>> arquivos = new LinkedHashMap<>();

    private Terraform(Path raiz) {
        this.raiz = raiz;
        for (Path arquivo : arquivosHcl(raiz)) {
            arquivos.put(raiz.relativize(arquivo), analisar(arquivo));
        }
    }

    public static Terraform carregado() {
        return INSTANCIA;
    }

    public Path raiz() {
        return raiz;
    }

    public Collection<Path> arquivos() {
        return arquivos.keySet();
    }

    /** Every {@code resource "<tipo>"} of the platform (bootstrap excluded unless asked for). */
    public List<Bloco> recursos(String tipo) {
        return blocos("resource", tipo, false);
    }

    public List<Bloco> recursosComBootstrap(String tipo) {
        return blocos("resource", tipo, true);
    }

    public List<Bloco> dados(String tipo) {
        return blocos("data", tipo, true);
    }

    public Bloco recurso(String tipo, String nome) {
        return recursos(tipo).stream()
                .filter(b -> b.nome().equals(nome))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Sem resource \"" + tipo + "\" \"" + nome + "\""));
    }

    /** A top-level block of one file: {@code bloco("main.tf", "module", "iam")}. */
    public Bloco bloco(String arquivo, String tipo, String nome) {
        Map<String, Object> porNome =
                Hcl.mapa(Hcl.mapa(conteudo(arquivo).get(tipo)).get(nome));
        if (porNome.isEmpty()) {
            throw new AssertionError("Sem " + tipo + " \"" + nome + "\" em " + arquivo);
        }
        return new Bloco(Path.of(arquivo), tipo, nome, porNome);
    }

    /** The locals of one file, all its {@code locals} blocks merged (hcl4j returns several as a List). */
    public Map<String, Object> locais(String arquivo) {
        Map<String, Object> locais = new LinkedHashMap<>();
        Hcl.ocorrencias(conteudo(arquivo).get("locals")).forEach(locais::putAll);
        return locais;
    }

    public Map<String, Object> conteudo(String arquivo) {
        Map<String, Object> conteudo = arquivos.get(Path.of(arquivo));
        if (conteudo == null) {
            throw new AssertionError("Arquivo nao encontrado: infra-terraform/" + arquivo);
        }
        return conteudo;
    }

    /**
     * The source text of one top-level block, for the few checks on for-expressions, which hcl4j returns as an
     * opaque ComputedObject.
     */
    public String textoDoBloco(String arquivo, String cabecalho) {
        String texto = ler(raiz.resolve(arquivo));
        int inicio = texto.indexOf(cabecalho);
        if (inicio < 0) {
            throw new AssertionError("Sem '" + cabecalho + "' em " + arquivo);
        }
        int profundidade = 0;
        for (int i = texto.indexOf('{', inicio); i < texto.length(); i++) {
            char c = texto.charAt(i);
            profundidade += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (profundidade == 0) {
                return texto.substring(inicio, i + 1);
            }
        }
        throw new AssertionError("Bloco sem fim: " + cabecalho);
    }

    private List<Bloco> blocos(String categoria, String tipo, boolean comBootstrap) {
        List<Bloco> encontrados = new ArrayList<>();
        arquivos.forEach((arquivo, conteudo) -> {
            if (!comBootstrap && arquivo.startsWith("bootstrap")) {
                return;
            }
            Hcl.mapa(Hcl.mapa(conteudo.get(categoria)).get(tipo))
                    .forEach((nome, atributos) -> encontrados.add(new Bloco(arquivo, tipo, nome, Hcl.mapa(atributos))));
        });
        return encontrados;
    }

    private static List<Path> arquivosHcl(Path raiz) {
        try (Stream<Path> caminhos = Files.walk(raiz)) {
            return caminhos.filter(p -> !p.toString().contains(".terraform"))
                    .filter(p -> p.toString().endsWith(".tf")
                            || p.toString().endsWith(".tfvars")
                            || p.toString().endsWith(".hcl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> analisar(Path arquivo) {
        try {
            return new HCLParser().parse(arquivo.toFile(), StandardCharsets.UTF_8.name());
        } catch (Exception e) {
            throw new IllegalStateException("hcl4j nao conseguiu ler " + arquivo + ": " + e.getMessage(), e);
        }
    }

    static String ler(Path arquivo) {
        try {
            return Files.readString(arquivo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
