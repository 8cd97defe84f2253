/**
 * The collected survey as the network view reads it: the roster, the questions, who answered
 * and every tie named. Built from the leader's saved survey and answers (`results.ts`).
 */
export interface SurveyPerson {
  id: string;
  name: string;
  role: string;
  /** Department or grade. */
  group: string;
  /** Holds a formal leadership position (principal, coach, department head…). */
  formal: boolean;
}

export interface SurveyQuestion {
  id: string;
  prompt: string;
  maxChoices: number;
  optional: boolean;
}

/** `from` goes to `to` for advice on `question`; 1 rarely … 4 daily or weekly. */
export interface SurveyTie {
  from: string;
  to: string;
  question: string;
  frequency: 1 | 2 | 3 | 4;
}

export interface SurveyResults {
  schoolName: string;
  people: SurveyPerson[];
  questions: SurveyQuestion[];
  /** Ids of the people whose answers were collected. */
  respondents: string[];
  ties: SurveyTie[];
}
