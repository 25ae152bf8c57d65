package dev.crosscheck.extract;

import dev.crosscheck.model.Sentence;
import java.util.List;

/** Finds the numbers of one claim kind in a sentence. Implementations are stateless. */
interface MentionFinder {
  List<Mention> find(Sentence sentence, ExtractionContext context);
}
