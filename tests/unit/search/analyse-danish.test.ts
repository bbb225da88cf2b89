import { describe, expect, it } from 'vitest';
import { analyseQuery, analyseWord, isStopWord } from '@/lib/search/analyse-danish';
import { foldDanish } from '@/lib/search/fold-danish';
import { markMatches } from '@/lib/search/mark-matches';

describe('Danish analysis: one form for the inflections of a word', () => {
  it.each([
    [['hjælpemidler', 'hjælpemidlerne', 'hjaelpemidler']],
    [['fleksjob', 'fleksjobbet', 'fleksjobber', 'fleksjobbere']],
    [['sygedagpenge', 'sygedagpengene', 'Sygedagpengene']],
    [['løntilskud', 'løntilskuddet', 'loentilskud']],
    [['værksted', 'værkstedet', 'vaerkstedet']],
    [['afgørelse', 'afgørelser', 'afgoerelsen']],
    [['personlig', 'personlige', 'personligt']],
  ])('%j share a stem', (forms) => {
    expect(new Set(forms.map(analyseWord)).size).toBe(1);
  });

  it('folds æ, ø, å and accents before stemming, so both spellings meet', () => {
    expect(analyseWord('åben')).toBe(analyseWord('aaben'));
    expect(analyseWord('støtte')).toBe(analyseWord('stoette'));
    expect(analyseWord('Førtidspension')).toBe('foertidspension');
    expect(analyseWord('psykoédukation')).toBe(analyseWord('psykoedukation'));
    expect(analyseWord('flexjob')).toBe(analyseWord('fleksjob'));
  });

  it('leaves short words, abbreviations and numbers as they are', () => {
    expect(analyseWord('IPS')).toBe('ips');
    expect(analyseWord('job')).toBe('job');
    expect(analyseWord('225')).toBe('225');
    expect(analyseWord('40a')).toBe('40a');
  });
});

describe('stop words', () => {
  it('are Snowball\'s Danish function words and the words questions are made of', () => {
    for (const word of ['til', 'på', 'med', 'og', 'i', 'af', 'hvor', 'hvordan', 'hvornår', 'kan', 'få', 'man', 'jeg']) expect(isStopWord(foldDanish(word))).toBe(true);
  });

  it('keep the words that tell schemes apart, and every word of the field', () => {
    for (const word of ['over', 'under', 'selv', 'job', 'hjælp', 'ledig', 'syg', 'ret']) expect(isStopWord(foldDanish(word))).toBe(false);
  });

  it('leave a question with its words of content', () => {
    expect(analyseQuery('hvor længe kan man få sygedagpenge').words).toEqual(['laenge', 'sygedagpenge']);
    expect(analyseQuery('støtte til psykisk syge i job').words).toEqual(['stoette', 'psykisk', 'syge', 'job']);
  });

  it('are what is searched when a query holds nothing else', () => {
    expect(analyseQuery('hvor').words).toEqual(['hvor']);
  });
});

describe('marking the words a query found', () => {
  const marked = (text: string, query: string) => markMatches(text, query).filter((part) => part.marked).map((part) => part.text);

  it('marks inflected forms and both spellings, never the stop words', () => {
    expect(marked('Hjælpemidler til arbejdet', 'hjælpemidlerne til')).toEqual(['Hjælpemidler']);
    expect(marked('Åben og Rolig', 'aaben')).toEqual(['Åben']);
    expect(marked('Fleksjobbet og fleksydelsen', 'fleksjob')).toEqual(['Fleksjobbet']);
  });
});
