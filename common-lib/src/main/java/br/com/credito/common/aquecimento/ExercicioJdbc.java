package br.com.credito.common.aquecimento;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/**
 * The connection pool and the driver's statement path with a read that touches no table. A service adds its own
 * read-only queries (with a synthetic id) as a separate exercise.
 */
final class ExercicioJdbc implements ExercicioDeAquecimento {

    private final DataSource dados;

    ExercicioJdbc(DataSource dados) {
        this.dados = dados;
    }

    @Override
    public String nome() {
        return "jdbc";
    }

    @Override
    public void executar() throws Exception {
        try (Connection conexao = dados.getConnection();
                PreparedStatement consulta = conexao.prepareStatement("select ? as aquecimento"); ) {
            consulta.setInt(1, 1);
            try (ResultSet resultado = consulta.executeQuery()) {
                resultado.next();
            }
        }
    }
}
