package br.com.credito.regras.politica.application;

import br.com.credito.regras.politica.domain.AcaoAuditada;
import br.com.credito.regras.politica.domain.RegistroDeAuditoria;
import br.com.credito.regras.politica.domain.port.AuditoriaPoliticas;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** In-memory fake of the audit trail. */
public class AuditoriaEmMemoria implements AuditoriaPoliticas {

    private final List<RegistroDeAuditoria> registros = new ArrayList<>();

    public synchronized void limpar() {
        registros.clear();
    }

    @Override
    public synchronized void registrar(RegistroDeAuditoria registro) {
        registros.add(registro);
    }

    @Override
    public synchronized Optional<String> autor(int versao) {
        return registros.stream()
                .filter(r -> r.versao() == versao && r.acao() == AcaoAuditada.CRIADA)
                .map(RegistroDeAuditoria::principal)
                .findFirst();
    }

    @Override
    public synchronized List<RegistroDeAuditoria> trilha(int versao) {
        return registros.stream().filter(r -> r.versao() == versao).toList();
    }
}
