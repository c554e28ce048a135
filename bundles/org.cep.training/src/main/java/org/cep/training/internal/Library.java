package org.cep.training.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.cep.platform.api.ProblemException;
import org.cep.training.domain.Stage;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** 典型案例: the typical cases shipped with the capability, the same for every court. */
final class Library {
    record CaseStudy(String id, String titleZh, String titleEn, String courtZh, List<String> stages, String factsZh, String actionZh,
                     String significanceZh, String factsEn, String actionEn, String significanceEn) {
    }

    private final List<CaseStudy> cases;

    Library() {
        try (InputStream in = Library.class.getResourceAsStream("/library/cases.json")) {
            cases = List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<CaseStudy>>() { }));
        } catch (IOException e) {
            throw new IllegalStateException("the shipped case library cannot be read", e);
        }
    }

    List<CaseStudy> cases(Stage stage) {
        return cases.stream().filter(c -> stage == null || c.stages().contains(stage.name())).toList();
    }

    CaseStudy get(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("典型案例", "typical case", id));
    }
}
