/**
 * How people name each flow of the menu besides its label ("gaps first", "which cert", "mock
 * interview please"), and what it does in one line, said when an answer could be more than one of
 * them or none. Keyed by flow id; index.ts gives them to each flow (menuWords, does), so the menu at
 * rest reads them too, and a flow missing here is still read by the words of its label.
 * Editorial, from the words people use for these things; never shown as a list of synonyms.
 */
export const MENU_WORDS: Readonly<Record<string, { words: readonly string[]; does: string }>> = {
  'gap-interview': {
    words: ['gaps', 'skill gaps', 'skills', 'missing skills', "what i'm missing", 'what i lack', 'job postings', 'job ads', 'gap report', 'requirements'],
    does: 'compares what you can do with what the job asks for, and shows the skills you are missing',
  },
  'credential-pick': {
    words: ['credentials', 'cert', 'certs', 'certificate', 'certificates', 'certification', 'certifications', 'courses', 'bootcamp', 'qualification', 'exam', 'degree', 'micro-credential'],
    does: 'finds the certificates and courses worth your money and time, with a dated plan',
  },
  'interview-practice': {
    words: ['interview', 'interviews', 'interviewing', 'mock interview', 'practice', 'star', 'stories', 'answers', 'prep', 'prepare'],
    does: 'asks you interview questions and gives feedback on each answer',
  },
  'peer-practice': {
    words: ['peer', 'partner', 'friend', 'buddy', 'classmate', 'study group', 'together', 'practice', 'with others'],
    does: 'practise interview answers with someone else, who scores them',
  },
};
