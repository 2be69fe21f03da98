package br.com.credito.regras.politica.domain;

import java.util.Optional;

/**
 * Four eyes: the principal who created a version may not be the one who puts it in force. A version with no recorded
 * author (inserted by a migration, reviewed in its pull request) is not blocked here.
 */
public final class QuatroOlhos {

    private QuatroOlhos() {}

    public static boolean permite(Optional<String> autor, String ativador) {
        return autor.map(a -> !a.equals(ativador)).orElse(true);
    }
}
