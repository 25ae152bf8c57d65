package dev.crosscheck.extract;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Sentence;
import java.util.List;

/**
 * Extracts the claims a sentence states. Implementations are thread-safe and stateless: a pure
 * function of the sentence and the context, so extraction can run in any thread or batch job.
 *
 * <p>Every returned claim's span lies inside the sentence's span and its surface equals the
 * original text there.
 */
public interface ClaimExtractor {
  List<Claim> extract(Sentence sentence, ExtractionContext context);
}
