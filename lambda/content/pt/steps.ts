import { StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { strokes } from './strokes';
import { PortugueseVocabulary } from './vocabulary';

/**
 * Every step of every routine, once, by step id (routine/routines.ts says which routine uses which),
 * in Brazilian Portuguese: the full massage is what many Brazilian parents know as Shantala.
 *
 * Each script is spoken slowly and most of its time is guided practice: short cues with pauses long
 * enough to do the stroke while the guide is quiet (the same pauses as the English scripts). Tummy
 * strokes always go clockwise as the parent looks down, said as the baby's right to the baby's left.
 * The whole Portuguese pack is one lazily loaded chunk, so the strokes are simply joined here.
 */
export function steps(words: PortugueseVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);

  const openings: Record<string, StepScript> = {
    opening: {
      name: 'Preparação',
      how: [check, setting, oil, 'Pressão suave mas firme: leve demais faz cócegas.'],
      practice: [
        'Aqueça as mãos, esfregando perto do bebê, para ele ouvir.',
        pause(8),
        'Mostre as mãos, olhe nos olhos dele e pergunte baixinho: posso fazer massagem em você?',
        pause(10),
        'Espere o sim: olhinhos brilhando, sorriso, movimentos tranquilos.',
        pause(12),
        'Respire devagar e solte os ombros.',
        pause(12),
      ],
      watch: 'Choro, virar o rosto ou arquear as costas: hoje não. Pegue no colo e tente outra hora.',
      returning: {
        how: [`${checkInBrief} Aqueça as mãos.`, pause(4)],
        practice: ['Pergunte: posso fazer massagem em você? E espere o sim.', pause(7)],
        watch: '',
      },
    },

    // Só o rosto: sem tirar a roupa e sem óleo; as mãos terminam na cabeça, prontas para o primeiro movimento.
    'face-opening': {
      name: 'Preparação',
      how: [check, 'Bebê na toalha ou no colo, em lugar quentinho; pode ficar de roupa. Unhas curtas, sem anéis nem pulseiras.', 'Sem óleo no rosto: mãos limpas, secas e quentes.'],
      practice: [
        'Mostre as mãos, olhe nos olhos dele e pergunte baixinho: posso fazer massagem em você?',
        pause(10),
        'Espere o sim: olhinhos brilhando, sorriso, movimentos tranquilos.',
        pause(10),
        'Apoie as palmas de leve dos lados da cabeça, sem apertar a moleira.',
        pause(6),
      ],
      watch: 'Choro, virar o rosto ou arquear as costas: hoje não. Pegue no colo e tente outra hora.',
      returning: {
        how: [`${checkInBrief} Mãos limpas e secas, sem óleo.`, pause(2)],
        practice: ['Pergunte, espere o sim, e apoie as palmas dos lados da cabeça.', pause(6)],
        watch: '',
      },
    },

    'colic-opening': {
      name: 'Preparação para a massagem da cólica',
      how: [
        check,
        'Alguns pais percebem que esses movimentos ajudam com os gases, mas as pesquisas divergem. Faça duas ou três vezes por dia, por umas duas semanas, ' +
          'e não durante choro forte.',
        'Com menos de seis semanas, toque levíssimo e só uma rodada, ou a massagem do recém-nascido.',
        `Se o choro continuar ou algo parecer errado, procure ${words.healthProfessional}.`,
        setting,
        oil,
      ],
      practice: ['Aqueça as mãos.', pause(6), 'Pergunte: posso fazer massagem em você? Espere o sim.', pause(10), 'Respire devagar e solte os ombros.', pause(10)],
      connect: 'Converse baixinho o tempo todo.',
      watch: 'Fique abaixo das costelas, e longe do umbigo até cicatrizar.',
      returning: {
        how: [`${checkInBrief} Aqueça as mãos.`, pause(2)],
        practice: ['Pergunte e espere o sim. Não durante um choro forte.', pause(6)],
        watch: '',
      },
    },

    'bedtime-opening': {
      name: 'Preparação',
      how: [check, 'Luz baixa, voz baixinha. Bebê na toalha, em lugar quentinho. Unhas curtas, sem anéis.', oil],
      practice: [
        'Aqueça as mãos.',
        pause(6),
        'Pergunte baixinho: posso fazer massagem em você?',
        pause(8),
        'Vire o bebê de bruços na toalha, sempre com uma mão nele. Uma mão nas costas, outra na cabeça.',
        pause(12),
      ],
      connect: 'Cantarole algo lento.',
      watch: 'Se o bebê já dormiu, deixe dormir: sem massagem.',
      returning: {
        how: [`${checkInBrief} Luz baixa.`, pause(2)],
        practice: ['Pergunte baixinho, vire de bruços e apoie as mãos nas costas.', pause(5)],
        watch: '',
      },
    },

    'newborn-opening': {
      name: 'Preparação',
      how: [
        check,
        `Bebê amarelinho: fale antes com ${words.healthProfessional}.`,
        `Lugar quentinho, bebê na toalha ou no colo, de ${words.vest} ou só de ${words.nappy}. Unhas curtas, sem anéis.`,
        'Poucos minutos, toque levíssimo. Sem óleo antes de um mês, e longe do coto do umbigo.',
        'Recém-nascidos protegem barriga, coxas por dentro e palminhas: ficamos nas perninhas e pés.',
      ],
      practice: ['Aqueça as mãos.', pause(8), 'Mostre as mãos e pergunte baixinho: posso fazer massagem em você?', pause(10), 'Apoie as mãos nas perninhas.', pause(10)],
      connect: 'Para o recém-nascido, sua voz é o melhor: continue conversando.',
      watch: 'Recém-nascido cansa rápido. Bocejo, soluço ou olhar para longe: pare e pegue no colo.',
      returning: {
        how: [`${checkInBrief} Toque levíssimo, ainda sem óleo.`, pause(2)],
        practice: ['Pergunte e apoie as mãos nas perninhas.', pause(6)],
        watch: 'Bocejo, soluço ou olhar longe: pare e pegue no colo.',
      },
    },
  };
  return { ...openings, ...strokes(words) };
}
