"""Write tui/core/data/english_zipf.txt: how common English word stems are, from wordfreq.

Run once when the table should change (`pip install wordfreq` first); the table ships with
Parallax so that start-up pays neither wordfreq's 57 MB nor its imports. Each line holds a
Zipf frequency (log10 of uses per billion words, one decimal) and the lower-case words of
that frequency, for every word at Zipf 3.0 or more, as Snowball English stems (the features
the analysis compares); a stem takes the frequency of its most common word.

wordfreq's data is licensed CC BY-SA 4.0 (Robyn Speer, https://github.com/rspeer/wordfreq);
so is the table derived from it.
"""

from collections import defaultdict
from pathlib import Path

import snowballstemmer
from wordfreq import top_n_list, zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "tui" / "core" / "data" / "english_zipf.txt"
MIN_ZIPF = 3.0


def main() -> None:
    stemmer = snowballstemmer.stemmer("english")
    best: dict[str, float] = {}
    for word in top_n_list("en", 60000, wordlist="best"):
        z = round(zipf_frequency(word, "en", wordlist="best"), 1)
        if z >= MIN_ZIPF and word.isalpha():
            stem = stemmer.stemWord(word)
            best[stem] = max(best.get(stem, 0.0), z)
    by_zipf: dict[float, list[str]] = defaultdict(list)
    for stem, z in best.items():
        by_zipf[z].append(stem)
    lines = [f"{z:.1f}\t{' '.join(sorted(words))}" for z, words in sorted(by_zipf.items(), reverse=True)]
    header = "# English stem frequencies (Zipf) from wordfreq, CC BY-SA 4.0; see tools/build_word_frequencies.py\n"
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
