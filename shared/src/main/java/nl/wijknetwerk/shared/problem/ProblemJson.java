package nl.wijknetwerk.shared.problem;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import nl.wijknetwerk.api.Problem;

/** Jackson writes a {@link Problem} with {@link Problem#toJson()}: one writer for the services and the gateway. */
@Singleton
public class ProblemJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("problem-json").addSerializer(Problem.class, new JsonSerializer<>() {
            @Override
            public void serialize(Problem problem, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeRawValue(problem.toJson());
            }
        }));
    }
}
