/**
 * The content model. Every course text and data file in content/ is validated here at build
 * time; `.strict()` turns a misspelt field into a build error that names the file and field.
 * The course tree (src/lib/course.ts) then checks the references between collections.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { stableId, worksheet } from './blocks/schemas';
import { labCommittee, labMember, labPerspective, labRisk } from './lib/lab-schema';
import { questionSources } from './lib/worksheets';

const prompt = z
  .object({
    id: stableId,
    text: z.string().min(1).describe('The question, in our own words.'),
  })
  .strict();

const discussionPrompt = z
  .object({
    id: stableId,
    text: z.string().min(1).describe('The question, in our own words.'),
    source: z
      .enum(questionSources)
      .describe(
        '"report" when the report\'s activity page (pp. 45-63) asks this question, here reworded in our words; "course" when the course adds it. Learners see the two groups under separate headings, so check the activity page before choosing "report".',
      ),
  })
  .strict();

const research = z
  .object({
    who: z.string().describe('Researcher(s), e.g. "Amy Edmondson".'),
    work: z.string().describe('The work the report draws on, e.g. "Teaming (2012)".'),
    idea: z.string().describe('One sentence, in our words, on what the lesson takes from it.'),
  })
  .strict();

const grouping = z.enum(['solo', 'pairs', 'group']);

const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: z
    .object({
      number: z.number().int().min(1).max(8).describe('Position of the section in the report (1 = Overview).'),
      title: z.string().describe('Title of the lesson.'),
      shortTitle: z.string().describe('Short title for navigation and breadcrumbs.'),
      summary: z.string().min(40).describe('"In brief": two to four sentences a busy reader can stop after.'),
      pages: z
        .string()
        .regex(/^\d+(?:[-–]\d+)?$/)
        .describe('Page range of the section in the report, e.g. "11-14".'),
      readingMinutes: z.number().int().positive().describe('Estimated reading time in minutes.'),
      research: z.array(research).default([]).describe('Research the section leans on.'),
      reflection: z.array(prompt).min(2).max(4).describe('Reflection prompts at the end of the lesson; answers save like a worksheet.'),
      tools: worksheet.default([]).describe('Interactive tools in the lesson (e.g. a sorting exercise), rendered before the reflection prompts.'),
    })
    .strict(),
});

const facilitatorStep = z
  .object({
    title: z.string().describe('Short name of the step, shown in presentation mode.'),
    minutes: z.number().int().positive().describe('Time for the step in a 60-minute run.'),
    grouping: z.enum(['solo', 'pairs', 'tables', 'whole-group']).describe('How participants work in this step.'),
    instructions: z.string().describe('What the facilitator does, in our words.'),
    say: z.string().optional().describe('A suggested script for the facilitator, in our words.'),
  })
  .strict();

/** The facilitator guide: shared by activities and the scenario lab. */
export const facilitator = z
  .object({
    purpose: z.string().describe('Why run this activity with a group.'),
    materials: z.array(z.string()).default([]).describe('What to bring or prepare.'),
    steps: z.array(facilitatorStep).min(2).describe('Steps of the session.'),
    debrief: z.array(z.string()).min(1).describe('Debrief questions for the whole group.'),
    listenFor: z.array(z.string()).min(1).describe('What to listen for during the work and the debrief.'),
    adapt: z
      .object({
        '30': z.string().describe('How to run it in 30 minutes.'),
        '60': z.string().describe('How to run it in 60 minutes.'),
        '90': z.string().describe('How to run it in 90 minutes.'),
      })
      .strict()
      .describe('How to adapt the activity to the time available.'),
    pitfalls: z.array(z.string()).min(1).describe('Common pitfalls and how to avoid them.'),
  })
  .strict();

const activities = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/activities' }),
  schema: z
    .object({
      number: z.number().int().min(1).max(13).describe('Activity number in the report (1-13).'),
      title: z.string().describe('Title of the activity.'),
      keyConcept: z.string().describe('The key concept the activity practises, in a few words.'),
      section: stableId.describe('Id of the report section (content/sections) the activity belongs to.'),
      reportPage: z.number().int().min(45).max(63).describe('Page of the activity in the report.'),
      minutes: z.number().int().positive().describe('Estimated time for a learner working through it.'),
      grouping: z.array(grouping).min(1).describe('How the activity can be done: solo, in pairs, in a group.'),
      summary: z.string().min(20).describe('One or two sentences on what the learner will do and why.'),
      steps: z.array(z.string()).min(1).describe('What to do, step by step, in our words.'),
      handoutSteps: z
        .record(z.string().regex(/^\d+$/), z.string().min(1))
        .optional()
        .describe(
          'Steps as the printed handout words them, by step number, where the screen wording does not hold on paper ("the introduction below", "the note that appears"). Other steps print as they are.',
        ),
      printSteps: z
        .record(z.string().regex(/^\d+$/), z.string().min(1))
        .optional()
        .describe(
          'Steps as the activity\'s own page prints them, by step number, where the screen wording does not hold on paper ("read the feedback", "the note that appears"). The handout prints these too unless handoutSteps words the step for a facilitated session. Other steps print as they are.',
        ),
      worksheet: worksheet,
      reportReading: z
        .object({
          summary: z.string().describe('The line a learner clicks to open it, e.g. "After your notes: how the report reads the meeting".'),
          text: z.array(z.string().min(1)).min(1).describe("The report's own reading of the activity's material, in our words, one paragraph per entry."),
        })
        .strict()
        .optional()
        .describe(
          "The report's own answer to the activity (for example its reading of a video), shown after the worksheet behind a closed disclosure so learners write their notes first.",
        ),
      discussion: z
        .array(discussionPrompt)
        .default([])
        .describe('Discussion questions, each marked with its source (report or course); each gets an optional notes field.'),
      resources: z.array(stableId).default([]).describe('Ids of entries in content/resources.yaml.'),
      facilitator: facilitator.describe('Facilitator guide, hidden from learners unless the facilitator view is on.'),
    })
    .strict(),
});

const readings = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/readings' }),
  schema: z
    .object({
      order: z.number().int().positive().describe('Position among the readings.'),
      title: z.string().describe('Title of the work.'),
      author: z.string().describe('Author(s).'),
      year: z.string().describe('Year of publication, or "n.d.".'),
      citation: z.string().describe('Full citation.'),
      summary: z.string().min(40).describe('The argument in brief, in our words.'),
      readingMinutes: z.number().int().positive().describe('Estimated reading time of this guide in minutes.'),
      keyIdeas: z
        .array(z.object({ title: z.string(), text: z.string() }).strict())
        .min(5)
        .max(8)
        .describe('Five to eight key ideas, in our words.'),
      connections: z
        .array(
          z
            .object({
              to: z
                .string()
                .regex(/^(section|activity)\/[a-z0-9-]+$/)
                .describe('"section/<id>" or "activity/<id>".'),
              note: z.string().describe('How the reading connects to it.'),
            })
            .strict(),
        )
        .min(2)
        .describe('Links to the report sections and activities this reading speaks to.'),
      questions: z.array(prompt).min(3).describe('Questions for reflection or discussion; answers save like a worksheet.'),
    })
    .strict(),
});

const resources = defineCollection({
  loader: file('./content/resources.yaml'),
  schema: z
    .object({
      id: stableId,
      kind: z.enum(['reading', 'video', 'toolkit', 'website']).describe('What the resource is.'),
      title: z.string().describe('Title as published.'),
      url: z.url({ protocol: /^https?$/ }).describe('Address as given in the report.'),
      description: z.string().describe('One line, written by us, on why it is worth a look.'),
      status: z.enum(['ok', 'likely-dead', 'dead']).describe('Whether the link is believed to work; old links are flagged, never dropped.'),
    })
    .strict(),
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z
    .object({
      id: stableId,
      term: z.string().describe('The term as it appears in the course.'),
      definition: z.string().describe('Definition in our own words.'),
      section: stableId.describe('Id of the report section where the term is taught.'),
      seeAlso: z.array(stableId).default([]).describe('Ids of related glossary terms.'),
    })
    .strict(),
});

const stakeholderCase = z
  .object({
    kind: z.literal('stakeholder-case'),
    title: z.string(),
    activity: stableId.describe('Id of the activity that uses the case.'),
    story: z.array(z.string()).min(1).describe('The case, told in our words, one paragraph per entry.'),
    stakeholders: z.array(z.object({ id: stableId, label: z.string() }).strict()).min(2),
  })
  .strict();

const committeeLab = z
  .object({
    kind: z.literal('committee-lab'),
    title: z.string(),
    section: stableId.describe('Report section the scenario comes from.'),
    summary: z.string(),
    committeesIntro: z.string().optional().describe('One or two sentences introducing the committees, shown above them.'),
    facts: z
      .array(
        z
          .object({
            label: z.string(),
            value: z.string(),
            illustrative: z
              .boolean()
              .default(false)
              .describe(
                'true when the course invented this fact; it is then always shown with the label "Illustrative detail (the course\'s, not the report\'s)".',
              ),
          })
          .strict(),
      )
      .describe('Key facts of the case.'),
    story: z.array(z.string()).min(1).describe('The case in our words, one paragraph per entry.'),
    committees: z.array(labCommittee).min(2),
    questions: z.array(prompt).min(1),
    perspectives: z.array(labPerspective).min(2).describe('Perspectives a committee can bring.'),
    risks: z.array(labRisk).min(1),
    pool: z.array(labMember).min(4),
    facilitator: facilitator.describe('Facilitator guide for running the lab with a group, hidden from learners unless the facilitator view is on.'),
  })
  .strict();

const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: z.discriminatedUnion('kind', [stakeholderCase, committeeLab]),
});

export const collections = { sections, activities, readings, resources, glossary, scenarios };
